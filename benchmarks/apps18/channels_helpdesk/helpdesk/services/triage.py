"""Ticket triage: category / priority / sentiment / language.

Groq is used because it's fast and cheap; the JSON is small.
"""
from __future__ import annotations

import json
import logging

from django.conf import settings

from helpdesk.clients import llm
from helpdesk.prompts import TRIAGE_SYSTEM_PROMPT

from .multi_model_service import TaskComplexity, multi_model_service

logger = logging.getLogger("helpdesk.triage")

VALID_CATEGORIES = {"billing", "outage", "bug", "how_to", "account", "feature_request", "other"}
VALID_PRIORITIES = {"low", "normal", "high", "urgent"}


def _parse(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except (TypeError, json.JSONDecodeError):
        logger.warning("triage returned non-JSON: %r", (raw or "")[:200])
        return {"category": "other", "priority": "normal", "sentiment": "neutral", "language": "en"}
    if data.get("category") not in VALID_CATEGORIES:
        data["category"] = "other"
    if data.get("priority") not in VALID_PRIORITIES:
        data["priority"] = "normal"
    return data


def _ticket_text(ticket) -> str:
    return f"Subject: {ticket.subject}\n\n{ticket.body[:4000]}"


def classify_ticket(ticket) -> dict:
    completion = llm.groq.chat.completions.create(
        model=settings.HELPDESK_LLM["GROQ_MODEL"],
        messages=[
            {"role": "system", "content": TRIAGE_SYSTEM_PROMPT},
            {"role": "user", "content": _ticket_text(ticket)},
        ],
        temperature=0,
        response_format={"type": "json_object"},
    )
    return _parse(completion.choices[0].message.content)


async def aclassify_ticket(ticket) -> dict:
    completion = await llm.async_groq.chat.completions.create(
        model=settings.HELPDESK_LLM["GROQ_MODEL"],
        messages=[
            {"role": "system", "content": TRIAGE_SYSTEM_PROMPT},
            {"role": "user", "content": _ticket_text(ticket)},
        ],
        temperature=0,
        response_format={"type": "json_object"},
    )
    return _parse(completion.choices[0].message.content)


async def aclassify_ticket_tracked(ticket) -> dict:
    """New path (see LLM usage policy). Will replace aclassify_ticket once QA signs off."""
    response = await multi_model_service.generate_response(
        prompt=_ticket_text(ticket),
        task_type="classification",
        complexity=TaskComplexity.SIMPLE,
        system=TRIAGE_SYSTEM_PROMPT,
        ticket_id=ticket.pk,
        response_format={"type": "json_object"},
    )
    return _parse(response.text)


def apply_triage(ticket, result: dict, save: bool = True):
    ticket.category = result.get("category", "other")
    ticket.priority = result.get("priority", ticket.priority)
    ticket.sentiment = result.get("sentiment", "")
    ticket.language = result.get("language", "")[:10]
    ticket.mark_triaged()
    if save:
        ticket.save(update_fields=["category", "priority", "sentiment", "language", "triaged_at", "updated_at"])
    return ticket
