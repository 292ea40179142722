"""Dramatiq actors (migration from Huey in progress -- see tasks.py)."""
from __future__ import annotations

import asyncio
import logging

import dramatiq
import litellm
from django.conf import settings

from .clients import llm
from .models import Message, Ticket
from .services.triage import aclassify_ticket_tracked, apply_triage
from .prompts import TRANSLATE_PROMPT

logger = logging.getLogger("helpdesk.actors")


@dramatiq.actor(queue_name="llm", max_retries=3, time_limit=60_000)
def triage_ticket_actor(ticket_id: int):
    ticket = Ticket.objects.select_related("customer").get(pk=ticket_id)
    result = asyncio.run(aclassify_ticket_tracked(ticket))
    apply_triage(ticket, result)


@dramatiq.actor(queue_name="llm", max_retries=3)
def translate_message_actor(message_id: int, target: str = "en"):
    message = Message.objects.select_related("ticket").get(pk=message_id)
    response = llm.gemini.models.generate_content(
        model=settings.HELPDESK_LLM["GEMINI_MODEL"],
        contents=TRANSLATE_PROMPT.format(target=target, text=message.body),
    )
    Message.objects.create(
        ticket=message.ticket,
        author_type=Message.Author.SYSTEM,
        body=f"[{target}] {response.text}",
        is_internal=True,
    )


@dramatiq.actor(queue_name="llm", max_retries=1)
def detect_language_actor(ticket_id: int):
    ticket = Ticket.objects.get(pk=ticket_id)
    resp = asyncio.run(
        litellm.acompletion(
            model=f"groq/{settings.HELPDESK_LLM['GROQ_MODEL']}",
            messages=[
                {"role": "system", "content": "Reply with the ISO 639-1 code of the text's language only."},
                {"role": "user", "content": ticket.body[:1000]},
            ],
            max_tokens=4,
        )
    )
    ticket.language = resp.choices[0].message.content.strip()[:10]
    ticket.save(update_fields=["language"])
