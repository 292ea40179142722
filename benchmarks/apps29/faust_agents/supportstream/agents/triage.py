"""Triage: category + priority for every inbound ticket."""
from __future__ import annotations

import json
import logging

from supportstream.app import app
from supportstream.config import settings
from supportstream.models import Ticket, TriageResult
from supportstream.prompts import PRIORITY_SYSTEM, TRIAGE_SYSTEM, render_ticket
from supportstream.tables import category_counts, ticket_state
from supportstream.topics import tickets_translated, tickets_triaged

log = logging.getLogger(__name__)

VALID_CATEGORIES = {"billing", "bug", "how_to", "account_access", "feature_request", "outage", "other"}
VALID_PRIORITIES = {"p1", "p2", "p3", "p4"}


# Cheap keyword rules applied before the model; they win when they fire.
KEYWORD_RULES = [
    (("refund", "invoice", "charged", "billing", "vat"), "billing"),
    (("password", "2fa", "locked out", "sso", "login"), "account_access"),
    (("down", "outage", "502", "503", "not loading"), "outage"),
    (("feature request", "would be nice", "please add"), "feature_request"),
]


def keyword_category(text: str) -> str | None:
    lowered = text.lower()
    for words, category in KEYWORD_RULES:
        if any(w in lowered for w in words):
            return category
    return None


def _parse_triage(raw: str) -> dict:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        log.warning("triage returned non-JSON: %r", raw[:200])
        return {"category": "other", "priority": "p3", "confidence": 0.0}
    if data.get("category") not in VALID_CATEGORIES:
        data["category"] = "other"
    if data.get("priority") not in VALID_PRIORITIES:
        data["priority"] = "p3"
    return data


async def classify(ticket: Ticket) -> TriageResult:
    completion = await app.clients.openai.chat.completions.create(
        model=settings.triage_model,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": TRIAGE_SYSTEM},
            {"role": "user", "content": render_ticket(ticket.subject, ticket.body)},
        ],
        temperature=0,
    )
    data = _parse_triage(completion.choices[0].message.content or "{}")
    return TriageResult(
        ticket_id=ticket.id,
        category=data["category"],
        priority=data["priority"],
        confidence=float(data.get("confidence", 0.0)),
        model=completion.model,
    )


async def fast_priority(ticket: Ticket) -> str:
    """Cheap second opinion on priority from Groq; used for chat channel tickets."""
    groq = app.clients.groq
    resp = await groq.chat.completions.create(
        model=settings.fast_model,
        messages=[
            {"role": "system", "content": PRIORITY_SYSTEM},
            {"role": "user", "content": ticket.text[:4000]},
        ],
        max_tokens=4,
        temperature=0,
    )
    label = (resp.choices[0].message.content or "").strip().lower()
    return label if label in VALID_PRIORITIES else "p3"


async def explain_outage(ticket: Ticket) -> str:
    # experimental: Responses API for outage tickets (reasoning over status page text)
    providers = app.providers
    response = await providers.openai.responses.create(
        model="gpt-4o",
        instructions="Explain in two sentences whether this ticket matches an ongoing incident.",
        input=ticket.text,
    )
    return response.output_text


@app.agent(tickets_translated, concurrency=4)
async def triage_tickets(stream):
    async for ticket in stream.group_by(Ticket.account_id):
        rule = keyword_category(ticket.subject)
        if rule == "outage":
            # outages skip the model entirely; speed matters more than accuracy here
            result = TriageResult(ticket_id=ticket.id, category="outage", priority="p1", confidence=0.6, model="rules")
        else:
            result = await classify(ticket)
            if rule and result.confidence < 0.5:
                result.category = rule
        if ticket.channel == "chat":
            result.priority = min(result.priority, await fast_priority(ticket))
        if result.category == "outage":
            state = ticket_state[ticket.id]
            state["outage_note"] = await explain_outage(ticket)
            ticket_state[ticket.id] = state
        state = ticket_state[ticket.id]
        state["triage"] = result.asdict()
        ticket_state[ticket.id] = state
        category_counts[result.category] += 1
        await tickets_triaged.send(key=ticket.id, value=result)
        yield result
