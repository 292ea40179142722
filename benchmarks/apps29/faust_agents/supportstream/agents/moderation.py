"""Abuse / PII moderation on inbound tickets."""
from __future__ import annotations

import logging
import os

from mistralai import Mistral

from supportstream.app import app
from supportstream.models import ModerationVerdict, Ticket
from supportstream.tables import ticket_state
from supportstream.topics import ticket_moderation, tickets_inbound

log = logging.getLogger(__name__)

# Fallback client for when the ProviderService hasn't finished starting (we saw
# this on rebalances in prod). Not the nicest, but keeps moderation going.
_fallback_mistral = Mistral(api_key=os.environ.get("MISTRAL_API_KEY", ""))


async def moderate_openai(ticket: Ticket) -> ModerationVerdict:
    resp = await app.clients.openai.moderations.create(
        model="omni-moderation-latest",
        input=ticket.text,
    )
    result = resp.results[0]
    cats = [name for name, hit in result.categories.model_dump().items() if hit]
    return ModerationVerdict(ticket_id=ticket.id, flagged=result.flagged, categories=cats)


async def moderate_mistral(ticket: Ticket) -> ModerationVerdict:
    mistral = app.clients.mistral or _fallback_mistral
    resp = await mistral.classifiers.moderate_chat_async(
        model="mistral-moderation-latest",
        inputs=[{"role": "user", "content": ticket.text}],
    )
    scores = resp.results[0].categories
    cats = [name for name, hit in scores.items() if hit]
    return ModerationVerdict(ticket_id=ticket.id, flagged=bool(cats), categories=cats, source="mistral")


async def contains_pii(ticket: Ticket) -> bool:
    resp = await _fallback_mistral.chat.complete_async(
        model="mistral-small-latest",
        messages=[
            {"role": "system", "content": "Answer yes or no: does the text contain a card number, IBAN or password?"},
            {"role": "user", "content": ticket.body[:6000]},
        ],
        max_tokens=2,
    )
    return resp.choices[0].message.content.strip().lower().startswith("y")


@app.agent(tickets_inbound, concurrency=2)
async def moderate(stream):
    async for ticket in stream:
        if ticket.language and ticket.language not in ("en", "de", "fr"):
            verdict = await moderate_mistral(ticket)
        else:
            verdict = await moderate_openai(ticket)
        if not verdict.flagged and await contains_pii(ticket):
            verdict.flagged = True
            verdict.categories.append("pii")
        state = ticket_state[ticket.id]
        state["moderation"] = verdict.asdict()
        ticket_state[ticket.id] = state
        await ticket_moderation.send(key=ticket.id, value=verdict)
