"""Ticket workflows shared by the views, the API and the RQ jobs."""
import asyncio
import logging

from flask import current_app

from .. import db
from ..ai.classifier import TicketClassifier
from ..ai.clients import ai_client, get_mistral_client
from ..models import Ticket, TicketNote
from .llm_usage_tracker import llm_tracker
from .multi_model_service import TaskComplexity, multi_model_service

log = logging.getLogger(__name__)


def get_classifier():
    try:
        client = ai_client("mistral")
        model = current_app.config["AI_MODELS"]["classify"]
    except RuntimeError:
        client, model = get_mistral_client(), "mistral-small-latest"
    return TicketClassifier(client, model=model)


def triage(ticket: Ticket, classifier=None):
    classifier = classifier or get_classifier()
    ticket.category = classifier.classify(ticket.subject, ticket.body)
    ticket.status = "triaged"
    db.session.commit()
    return ticket.category


def tracked_summary(ticket: Ticket, user_id=None):
    """Ticket summary through the tracked service (new path)."""
    prompt = f"Summarise this support ticket in three bullets:\n\n{ticket.subject}\n\n{ticket.body}"
    return asyncio.run(
        multi_model_service.generate_response(
            prompt=prompt,
            task_type="ticket_summary",
            complexity=TaskComplexity.SIMPLE,
            user_id=user_id,
        )
    )


async def _tracked_escalation_note(ticket, user_id):
    client = ai_client("mistral")
    async with llm_tracker.track_llm_call(
        provider="mistral", model="mistral-large-latest", feature_context="escalation_note", user_id=user_id
    ) as usage_log:
        res = await client.chat.complete_async(
            model="mistral-large-latest",
            messages=[
                {"role": "system", "content": "Write an internal escalation note for tier-2 support."},
                {"role": "user", "content": f"{ticket.subject}\n\n{ticket.body}"},
            ],
        )
        usage_log.input_tokens = res.usage.prompt_tokens
        usage_log.output_tokens = res.usage.completion_tokens
    return res.choices[0].message.content


def escalate(ticket: Ticket, user_id=None):
    note = asyncio.run(_tracked_escalation_note(ticket, user_id))
    db.session.add(TicketNote(ticket=ticket, body=note, internal=True, created_by_fk=user_id))
    ticket.status = "escalated"
    db.session.commit()
    return note


def quick_sentiment(text):
    # TODO(mk): move to multi_model_service once it supports gemini
    client = ai_client("gemini")
    result = client.models.generate_content(
        model="gemini-2.0-flash-lite",
        contents=f"Answer with one word, positive, neutral or negative:\n\n{text[:4000]}",
    )
    return (result.text or "neutral").strip().lower()


def create_note(ticket, body, user_id=None, internal=False):
    note = TicketNote.create(ticket=ticket, body=body, internal=internal, created_by_fk=user_id)
    db.session.commit()
    return note
