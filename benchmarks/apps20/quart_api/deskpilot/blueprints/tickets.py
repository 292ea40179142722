from __future__ import annotations

from quart import Blueprint, abort, current_app, jsonify, request

from ..clients import anthropic_client
from ..repositories import TicketRepository
from ..services.azure_chat import AzureReplyDrafter
from ..services.background import enrich_new_ticket, generate_title
from ..services.summarizer import Summarizer
from ..services.translation import detect_language, translate
from ..utils.tokens import count_tokens

bp = Blueprint("tickets", __name__)


def _repo() -> TicketRepository:
    return TicketRepository(current_app.extensions["db_pool"])


def _summarizer() -> Summarizer:
    return Summarizer(anthropic_client(), current_app.config["ANTHROPIC_MODEL"])


@bp.post("/")
async def create_ticket():
    data = await request.get_json()
    body = data.get("body") or abort(400)
    lang = await detect_language(body)
    if lang != "en":
        body_en = await translate(body, "English")
    else:
        body_en = body
    tickets = _repo()
    ticket = await tickets.create(
        customer_email=data["email"], body=body, body_en=body_en, lang=lang,
        tokens=count_tokens(body_en),
    )
    current_app.add_background_task(enrich_new_ticket, ticket["id"], body_en, tickets)
    current_app.add_background_task(generate_title, ticket["id"], body_en, tickets)
    return jsonify(ticket), 201


@bp.get("/<ticket_id>/summary")
async def summary(ticket_id: str):
    thread = await _repo().thread(ticket_id)
    if not thread:
        abort(404)
    summarizer = _summarizer()
    if not await summarizer.fits_context(thread):
        thread = thread[-40:]
    result = await summarizer.summarize_thread(thread)
    return jsonify({"summary": result.text, "model": result.model})


@bp.get("/<ticket_id>/summary/stream")
async def summary_stream(ticket_id: str):
    thread = await _repo().thread(ticket_id)

    async def gen():
        async for piece in _summarizer().stream_summary(thread):
            yield piece.encode()

    return gen(), 200, {"Content-Type": "text/plain; charset=utf-8"}


@bp.post("/<ticket_id>/draft")
async def draft_reply(ticket_id: str):
    ticket = await _repo().get(ticket_id) or abort(404)
    if ticket.get("region") == "eu":
        text = await AzureReplyDrafter.from_app().draft(ticket["body_en"])
    else:
        client = current_app.config["ANTHROPIC_CLIENT"]
        msg = await client.messages.create(
            model=current_app.config["ANTHROPIC_FAST_MODEL"],
            max_tokens=800,
            system="Draft a concise, polite reply for the support agent to edit.",
            messages=[{"role": "user", "content": ticket["body_en"]}],
        )
        text = msg.content[0].text
    return jsonify({"draft": text})


@bp.post("/<ticket_id>/fields")
async def extract_fields(ticket_id: str):
    ticket = await _repo().get(ticket_id) or abort(404)
    fields = await AzureReplyDrafter.from_app().extract_fields(ticket["body_en"])
    await _repo().update(ticket_id, **{k: v for k, v in fields.items() if v})
    return jsonify(fields)
