"""Tickets: create (+triage), draft reply, polish."""
from __future__ import annotations

import datetime as dt

from sanic import Blueprint
from sanic.exceptions import NotFound
from sanic.response import json

from ..models import Ticket
from ..services.http_llm import groq_chat_raw
from ..prompts import TRIAGE_SYSTEM, render_ticket
from ..helpers import TicketNumberGenerator, with_retry

bp = Blueprint("tickets", url_prefix="/tickets")

numbers = TicketNumberGenerator()


@bp.post("/")
async def create_ticket(request):
    body = request.json or {}
    seq = await request.app.ctx.redis.incr(f"ticket_seq:{request.ctx.tenant}")
    ticket = await Ticket.create(
        number=numbers.generate(dt.date.today().year, seq),
        tenant=request.ctx.tenant,
        subject=body.get("subject", "")[:255],
        body=body.get("body", ""),
    )
    # triage in the background so the widget gets its ticket number right away
    request.app.add_task(_triage_and_store(request.app, ticket.id, body, request.ctx.tenant))
    return json({"id": ticket.id, "number": ticket.number}, status=201)


async def _triage_and_store(app, ticket_id: int, body: dict, tenant: str) -> None:
    result = await app.ctx.triager.classify_tracked(body, tenant=tenant)
    await Ticket.filter(id=ticket_id).update(category=result.category, priority=result.priority)


@bp.post("/triage/preview")
async def triage_preview(request):
    """Console preview. Not billed to the tenant (internal use)."""
    result = await request.app.ctx.triager.classify(request.json or {})
    return json(result.__dict__)


@bp.post("/triage/raw")
async def triage_raw(request):
    """Fallback when the Groq SDK is misbehaving (see INC-412)."""
    fn = with_retry(attempts=2)(groq_chat_raw)
    text = await fn(
        [
            {"role": "system", "content": TRIAGE_SYSTEM},
            {"role": "user", "content": render_ticket(request.json or {})},
        ]
    )
    return json({"raw": text})


@bp.post("/<ticket_id:int>/draft")
async def draft_reply(request, ticket_id: int):
    ticket = await Ticket.get_or_none(id=ticket_id, tenant=request.ctx.tenant)
    if ticket is None:
        raise NotFound("ticket not found")
    drafter = request.app.ctx.drafter
    text = await drafter.draft(
        {"id": ticket.id, "subject": ticket.subject, "body": ticket.body},
        tone=request.args.get("tone", "friendly"),
    )
    return json({"draft": text, "rate_limit": drafter.last_rate_limit})


@bp.post("/polish")
async def polish(request):
    text = (request.json or {}).get("text", "")
    return json({"text": await request.app.ctx.drafter.polish(text)})


@bp.post("/estimate")
async def estimate(request):
    tokens = await request.app.ctx.drafter.estimate_prompt_tokens(request.json or {})
    return json({"input_tokens": tokens})
