"""support.ticket.opened / support.ticket.escalated"""
from __future__ import annotations

import asyncio
from typing import Dict, List

from core.consumer import Consumer, Message, handles
from core.llm_usage_tracker import llm_tracker
from core.services import Services
from llm import *  # noqa: F401,F403
from shared.db import TicketRepository
from shared.models import Ticket

TRIAGE_SYSTEM = """You are the first-line triage assistant for Acme support.
Classify the ticket as one of: billing, bug, how_to, account, outage.
Then give a one-line summary. Format: <category> | <summary>"""

REPLY_SYSTEM = """Draft a friendly, concise reply to the customer. Do not promise refunds
or timelines. Sign off as "Acme Support"."""

ESCALATION_SYSTEM = "Summarise this conversation for an on-call engineer in at most five bullet points."

MAX_PROMPT_TOKENS = 12_000


def _as_messages(ticket: Ticket) -> List[Dict[str, str]]:
    turns = [{"role": h["role"], "content": h["text"]} for h in ticket.history if h.get("text")]
    turns.append({"role": "user", "content": f"Subject: {ticket.subject}\n\n{ticket.body}"})
    return turns


@handles("support.ticket.opened")
class TicketOpenedHandler(Consumer):
    def __init__(self) -> None:
        super().__init__()
        self.tickets = TicketRepository(Services.db)

    def triage(self, ticket: Ticket) -> str:
        messages = _as_messages(ticket)
        size = anthropic_client.messages.count_tokens(
            model=CLAUDE_FAST_MODEL,
            system=TRIAGE_SYSTEM,
            messages=messages,
        )
        if size.input_tokens > MAX_PROMPT_TOKENS:
            messages = messages[-3:]
        result = anthropic_client.messages.create(
            model=CLAUDE_FAST_MODEL,
            max_tokens=200,
            system=TRIAGE_SYSTEM,
            messages=messages,
        )
        return result.content[0].text.strip()

    def draft_reply(self, ticket: Ticket) -> str:
        chunks: List[str] = []
        with anthropic_client.messages.stream(
            model=CLAUDE_MODEL,
            max_tokens=800,
            system=REPLY_SYSTEM,
            messages=_as_messages(ticket),
        ) as stream:
            for text in stream.text_stream:
                chunks.append(text)
        return "".join(chunks)

    def handle(self, message: Message) -> None:
        ticket = Ticket.from_event(message.value)
        category, _, summary = self.triage(ticket).partition("|")
        self.tickets.add_note(ticket.ticket_id, f"[{category.strip()}] {summary.strip()}")
        if ticket.priority != "low":
            self.tickets.add_note(ticket.ticket_id, self.draft_reply(ticket), author="draft-bot")


@handles("support.ticket.escalated")
class TicketEscalatedHandler(Consumer):
    max_attempts = 2

    async def _summarise_one(self, ticket: Ticket) -> str:
        async with llm_tracker.track_llm_call(
            provider="anthropic", model=CLAUDE_MODEL, feature_context="ticket_escalation"
        ) as usage_log:
            msg = await async_anthropic.messages.create(
                model=CLAUDE_MODEL,
                max_tokens=400,
                system=ESCALATION_SYSTEM,
                messages=_as_messages(ticket),
            )
            usage_log.input_tokens = msg.usage.input_tokens
            usage_log.output_tokens = msg.usage.output_tokens
        return msg.content[0].text

    async def _related_titles(self, tickets: List[Ticket]) -> List[str]:
        replies = await asyncio.gather(
            *(
                async_anthropic.messages.create(
                    model=CLAUDE_FAST_MODEL,
                    max_tokens=30,
                    messages=[{"role": "user", "content": f"Five-word title for: {t.subject}\n{t.body[:500]}"}],
                )
                for t in tickets
            ),
            return_exceptions=True,
        )
        return [r.content[0].text.strip() if not isinstance(r, BaseException) else t.subject for r, t in zip(replies, tickets)]

    async def _incident_brief(self, ticket: Ticket) -> str:
        parts: List[str] = []
        async with async_anthropic.messages.stream(
            model=CLAUDE_MODEL,
            max_tokens=600,
            system="Write an incident brief: impact, suspected component, next step.",
            messages=_as_messages(ticket),
        ) as stream:
            async for text in stream.text_stream:
                parts.append(text)
        return "".join(parts)

    async def handle(self, message: Message) -> None:
        ticket = Ticket.from_event(message.value)
        related = [Ticket.from_event(t) for t in message.value.get("related", [])]
        summary, titles = await asyncio.gather(
            self._summarise_one(ticket),
            self._related_titles(related),
        )
        brief = await self._incident_brief(ticket) if ticket.priority == "urgent" else ""
        if Services.slack is not None:
            Services.slack.notify(
                f"Escalated ticket {ticket.ticket_id}",
                summary=summary,
                related=", ".join(titles) or "none",
                brief=brief or "n/a",
            )
