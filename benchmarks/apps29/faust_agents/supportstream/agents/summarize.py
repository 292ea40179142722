"""Rolling conversation summaries for agent handoff."""
from __future__ import annotations

import logging
from typing import Any

from supportstream.app import app
from supportstream.config import settings
from supportstream.models import Ticket, TicketSummary
from supportstream.prompts import SUMMARY_SYSTEM, render_ticket
from supportstream.tables import ticket_state
from supportstream.topics import ticket_closed, ticket_summaries, tickets_triaged

log = logging.getLogger(__name__)

MAX_INPUT_TOKENS = 150_000


async def _fits(client: Any, text: str) -> bool:
    # count_tokens is free; used to decide whether we need to truncate the history
    counted = await client.messages.count_tokens(
        model=settings.summary_model,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": text}],
    )
    return counted.input_tokens < MAX_INPUT_TOKENS


async def summarize_ticket(ticket_id: str, history: str) -> TicketSummary:
    client = app.providers.anthropic
    if not await _fits(client, history):
        history = history[-400_000:]
    msg = await client.messages.create(
        model=settings.summary_model,
        max_tokens=600,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": history}],
    )
    text = "".join(b.text for b in msg.content if b.type == "text")
    return TicketSummary(ticket_id=ticket_id, summary=text, model=msg.model)


async def stream_summary(client: Any, history: str, on_delta=None) -> str:
    """Streamed variant used by the live-handoff page (see web/views.py)."""
    parts: list[str] = []
    async with client.messages.stream(
        model=settings.summary_model,
        max_tokens=600,
        system=SUMMARY_SYSTEM,
        messages=[{"role": "user", "content": history}],
    ) as stream:
        async for delta in stream.text_stream:
            parts.append(delta)
            if on_delta is not None:
                await on_delta(delta)
    return "".join(parts)


CUSTOMER_RECAP_SYSTEM = (
    "Write a short, friendly recap for the customer of what was done on their ticket. "
    "No internal notes, no agent names."
)


async def customer_recap(client: Any, model: str, history: str) -> str:
    """Recap emailed to the customer on close. Client is injected so we can swap vendors."""
    resp = await client.chat.completions.create(
        model=model,
        messages=[
            {"role": "system", "content": CUSTOMER_RECAP_SYSTEM},
            {"role": "user", "content": history[-30_000:]},
        ],
        max_tokens=400,
    )
    return resp.choices[0].message.content or ""


def _history_for(ticket_id: str) -> str:
    state = ticket_state[ticket_id]
    return "\n---\n".join(state.get("messages", []))


@app.agent(tickets_triaged)
async def summarize_on_triage(stream):
    async for result in stream:
        if result.priority not in ("p1", "p2"):
            continue
        history = _history_for(result.ticket_id)
        if not history:
            continue
        summary = await summarize_ticket(result.ticket_id, history)
        await ticket_summaries.send(key=result.ticket_id, value=summary)


@app.agent(ticket_closed)
async def summarize_on_close(stream):
    async for ticket in stream:
        history = _history_for(ticket.id) or render_ticket(ticket.subject, ticket.body)
        text = await stream_summary(app.clients.anthropic, history)
        await ticket_summaries.send(
            key=ticket.id,
            value=TicketSummary(ticket_id=ticket.id, summary=text, model=settings.summary_model),
        )
        if "no-recap" not in ticket.tags:
            recap = await customer_recap(app.providers.deepseek, settings.translate_model, history)
            state = ticket_state[ticket.id]
            state["customer_recap"] = recap
            ticket_state[ticket.id] = state
