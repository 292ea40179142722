"""Ticket triage: category + priority + one-line summary."""

from __future__ import annotations

import asyncio
import json
import logging

from openai import OpenAI

from supportdesk.llm import registry
from supportdesk.llm.prompts import TRIAGE_SYSTEM, ticket_block
from supportdesk.repositories.tickets import TicketRepository
from supportdesk.schemas import Category, Priority, Ticket, TriageResult
from supportdesk.utils import strip_quoted_reply, truncate

logger = logging.getLogger(__name__)

URGENT_WORDS = ("outage", "down", "data loss", "breach", "cannot log in", "charged twice")


def _parse(raw: str, model: str) -> TriageResult:
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        logger.warning("triage model returned non-JSON: %r", raw[:200])
        return TriageResult(Category.OTHER, Priority.NORMAL, summary="", confidence=0.0, model=model)
    try:
        category = Category(data.get("category", "other"))
    except ValueError:
        category = Category.OTHER
    try:
        priority = Priority(data.get("priority", "normal"))
    except ValueError:
        priority = Priority.NORMAL
    return TriageResult(
        category=category,
        priority=priority,
        summary=str(data.get("summary", ""))[:300],
        confidence=float(data.get("confidence", 0.0) or 0.0),
        model=model,
    )


class TriageService:
    def __init__(self, client: OpenAI | None = None, model: str | None = None,
                 tickets: TicketRepository | None = None) -> None:
        slot = registry.get("triage")
        self.client = client or slot.client
        self.model = model or slot.model
        self.tickets = tickets or TicketRepository()

    def classify(self, ticket: Ticket) -> TriageResult:
        body = truncate(strip_quoted_reply(ticket.body), 6000)
        response = self.client.chat.completions.create(
            model=self.model,
            response_format={"type": "json_object"},
            temperature=0,
            messages=[
                {"role": "system", "content": TRIAGE_SYSTEM},
                {"role": "user", "content": ticket_block(ticket).replace(ticket.body, body)},
            ],
        )
        result = _parse(response.choices[0].message.content or "{}", self.model)
        if any(w in ticket.body.lower() for w in URGENT_WORDS) and result.priority != Priority.URGENT:
            result.priority = Priority.HIGH
        return result

    def triage_and_save(self, ticket: Ticket) -> TriageResult:
        result = self.classify(ticket)
        if ticket.id is not None:
            self.tickets.update_triage(ticket.id, result.category, result.priority)
        return result

    def quick_tags(self, ticket: Ticket) -> list[str]:
        """Cheap tagging pass on the deepseek slot."""
        cheap = registry.get("cheap")
        resp = cheap.client.chat.completions.create(
            model=cheap.model,
            messages=[
                {"role": "system", "content": "Return up to 5 comma-separated lowercase tags."},
                {"role": "user", "content": ticket.subject + "\n" + ticket.body[:2000]},
            ],
            max_tokens=40,
        )
        text = resp.choices[0].message.content or ""
        return [t.strip() for t in text.split(",") if t.strip()][:5]


async def triage_many(service: TriageService, tickets: list[Ticket], concurrency: int = 5) -> list[TriageResult]:
    """Run triage for a batch without blocking the event loop (sync client in threads)."""
    sem = asyncio.Semaphore(concurrency)

    async def one(ticket: Ticket) -> TriageResult:
        async with sem:
            response = await asyncio.to_thread(
                service.client.chat.completions.create,
                model=service.model,
                response_format={"type": "json_object"},
                messages=[
                    {"role": "system", "content": TRIAGE_SYSTEM},
                    {"role": "user", "content": ticket_block(ticket)},
                ],
            )
        return _parse(response.choices[0].message.content or "{}", service.model)

    return await asyncio.gather(*(one(t) for t in tickets))
