"""Help-desk ticket endpoints."""
from __future__ import annotations

import json
import logging

from flask import Response, abort, current_app, g, jsonify, request, stream_with_context

from app import background
from app.extensions import db
from app.llm import get_groq, get_openai
from app.models import Ticket, TicketMessage
from app.services import moderation
from app.services.llm_usage_tracker import llm_tracker
from app.services.multi_model_service import TaskComplexity, multi_model_service
from app.services.summaries import summarize_thread
from app.services.translation import detect_language, translate
from app.tickets import bp
from app.utils.prompts import REPLY_DRAFT_SYSTEM

log = logging.getLogger(__name__)


def _get_ticket(ticket_id: int) -> Ticket:
    ticket = db.session.get(Ticket, ticket_id)
    if ticket is None:
        abort(404)
    return ticket


@bp.post("/")
def create_ticket():
    payload = request.get_json(force=True)
    verdict = moderation.check_text(f"{payload['subject']}\n{payload['body']}")
    ticket = Ticket.create(payload["requester_email"], payload["subject"], payload["body"])
    if verdict.flagged and moderation.is_harassment_report(verdict):
        ticket.sensitive = True
        ticket.priority = "urgent"
        db.session.commit()
    background.submit(background.triage_ticket_job, ticket.id)
    if not ticket.sensitive:
        background.submit(background.draft_reply_job, ticket.id)
    return jsonify({"id": ticket.id, "sensitive": ticket.sensitive}), 201


@bp.post("/<int:ticket_id>/messages")
def add_message(ticket_id: int):
    ticket = _get_ticket(ticket_id)
    data = request.get_json(force=True)
    db.session.add(TicketMessage(ticket_id=ticket.id, author=data["author"], body=data["body"]))
    db.session.commit()
    if len(ticket.messages) % 5 == 0:
        background.submit(background.summarize_ticket_job, ticket.id)
    return jsonify({"ok": True}), 201


@bp.get("/<int:ticket_id>/summary")
def ticket_summary(ticket_id: int):
    ticket = _get_ticket(ticket_id)
    if ticket.summary and request.args.get("refresh") != "1":
        return jsonify({"summary": ticket.summary, "cached": True})
    ticket.summary = summarize_thread(g.anthropic, ticket.thread())
    db.session.commit()
    return jsonify({"summary": ticket.summary, "cached": False})


@bp.post("/<int:ticket_id>/suggest-reply")
def suggest_reply(ticket_id: int):
    ticket = _get_ticket(ticket_id)
    response = get_openai().responses.create(
        model=current_app.config["OPENAI_DEFAULT_MODEL"],
        instructions=REPLY_DRAFT_SYSTEM,
        input=f"Subject: {ticket.subject}\n\n{ticket.body}\n\nThread:\n"
        + "\n".join(f"{m['author']}: {m['body']}" for m in ticket.thread()),
        max_output_tokens=600,
    )
    return jsonify({"draft": response.output_text})


@bp.post("/<int:ticket_id>/macros")
def suggest_macros(ticket_id: int):
    """Streams short macro suggestions (SSE) while the agent types."""
    ticket = _get_ticket(ticket_id)
    client = get_groq()
    model = current_app.config["GROQ_MODEL"]

    @stream_with_context
    def events():
        stream = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": "Suggest 3 one-line macro replies."},
                {"role": "user", "content": ticket.body},
            ],
            stream=True,
            max_tokens=200,
        )
        for chunk in stream:
            delta = chunk.choices[0].delta.content
            if delta:
                yield f"data: {json.dumps({'t': delta})}\n\n"
        yield "data: [DONE]\n\n"

    return Response(events(), mimetype="text/event-stream")


@bp.post("/<int:ticket_id>/reply-in-language")
async def reply_in_language(ticket_id: int):
    """Drafts a reply in the requester's language. Tracked (HH-290)."""
    ticket = _get_ticket(ticket_id)
    lang = request.args.get("lang") or detect_language(ticket.body)
    model = current_app.config["OPENAI_DEFAULT_MODEL"]
    client = get_openai()
    async with llm_tracker.track_llm_call(
        provider="openai", model=model, feature_context="ticket_reply_localised"
    ) as usage_log:
        resp = client.chat.completions.create(
            model=model,
            messages=[
                {"role": "system", "content": REPLY_DRAFT_SYSTEM + f" Reply in language '{lang}'."},
                {"role": "user", "content": ticket.body},
            ],
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    return jsonify({"draft": resp.choices[0].message.content, "lang": lang})


@bp.post("/<int:ticket_id>/classify-intent")
async def classify_intent(ticket_id: int):
    ticket = _get_ticket(ticket_id)
    label = await multi_model_service.generate_response(
        prompt=f"One word intent for this HR ticket: {ticket.subject}\n{ticket.body[:1500]}",
        task_type="ticket_intent",
        complexity=TaskComplexity.SIMPLE,
        max_tokens=5,
    )
    return jsonify({"intent": label.strip().lower()})


@bp.post("/<int:ticket_id>/translate")
def translate_ticket(ticket_id: int):
    ticket = _get_ticket(ticket_id)
    target = request.args.get("to", "en")
    return jsonify({"body": translate(ticket.body, target)})
