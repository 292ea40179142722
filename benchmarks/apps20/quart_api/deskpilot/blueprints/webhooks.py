"""Inbound webhooks (email gateway, Zendesk sync)."""
from __future__ import annotations

import hashlib
import hmac
import logging

from quart import Blueprint, abort, current_app, request

from ..repositories import TicketRepository
from ..services.background import enrich_new_ticket, generate_title_tracked
from ..services.llm_usage_tracker import llm_tracker

bp = Blueprint("webhooks", __name__)
log = logging.getLogger(__name__)


def _verify(sig: str | None, payload: bytes) -> None:
    secret = current_app.config.get("WEBHOOK_SECRET", "").encode()
    expected = hmac.new(secret, payload, hashlib.sha256).hexdigest()
    if not sig or not hmac.compare_digest(expected, sig):
        abort(401)


@bp.post("/email")
async def inbound_email():
    raw = await request.get_data()
    _verify(request.headers.get("X-Signature"), raw)
    data = await request.get_json()
    tickets = TicketRepository(current_app.extensions["db_pool"])
    ticket = await tickets.create(customer_email=data["from"], body=data["text"], channel="email")
    current_app.add_background_task(enrich_new_ticket, ticket["id"], data["text"], tickets)
    current_app.add_background_task(generate_title_tracked, ticket["id"], data["text"], tickets)
    return "", 202


@bp.post("/zendesk")
async def zendesk_sync():
    raw = await request.get_data()
    _verify(request.headers.get("X-Zendesk-Webhook-Signature"), raw)
    data = await request.get_json()
    current_app.add_background_task(_classify_sentiment, data["ticket_id"], data["comment"])
    return "", 202


async def _classify_sentiment(ticket_id: str, comment: str) -> None:
    ds = current_app.extensions["deepseek"]
    async with llm_tracker.track_llm_call(
        provider="deepseek", model="deepseek-chat", feature_context="zendesk_sentiment"
    ) as usage_log:
        resp = await ds.chat.completions.create(
            model="deepseek-chat",
            messages=[
                {"role": "system", "content": "Reply with one word: positive, neutral or negative."},
                {"role": "user", "content": comment},
            ],
            max_tokens=3,
        )
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
    sentiment = (resp.choices[0].message.content or "neutral").strip().lower()
    await TicketRepository(current_app.extensions["db_pool"]).update(ticket_id, sentiment=sentiment)
