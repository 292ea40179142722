"""Conversation lifecycle: persist, close (-> summary signal), feedback."""
from __future__ import annotations

from sanic import Blueprint
from sanic.exceptions import NotFound
from sanic.response import empty, json

from ..models import Conversation
from ..services import summarize_thread, summarize_thread_tracked
from ..services.http_llm import cached_messages
from ..signals import FEEDBACK_RECEIVED, THREAD_CLOSED
from ..prompts import SUMMARY_SYSTEM, format_transcript

bp = Blueprint("conversations", url_prefix="/conversations")


async def _get(request, conversation_id: str) -> Conversation:
    conv = await Conversation.get_or_none(id=conversation_id, tenant=request.ctx.tenant)
    if conv is None:
        raise NotFound("conversation not found")
    return conv


@bp.post("/")
async def create_conversation(request):
    conv = await Conversation.create(
        tenant=request.ctx.tenant,
        user_id=(request.json or {}).get("user_id", "anonymous"),
        transcript=[],
    )
    return json({"id": str(conv.id)}, status=201)


@bp.post("/<conversation_id>/turns")
async def append_turn(request, conversation_id: str):
    conv = await _get(request, conversation_id)
    turn = request.json or {}
    conv.transcript = conv.transcript + [{"role": turn.get("role", "user"), "content": turn.get("content", "")}]
    await conv.save(update_fields=["transcript"])
    return empty()


@bp.post("/<conversation_id>/close")
async def close(request, conversation_id: str):
    conv = await _get(request, conversation_id)
    conv.closed = True
    await conv.save(update_fields=["closed"])
    await request.app.dispatch(THREAD_CLOSED, context={"conversation_id": str(conv.id)})
    return json({"closed": True})


@bp.get("/<conversation_id>/summary")
async def summary(request, conversation_id: str):
    conv = await _get(request, conversation_id)
    if conv.summary and not request.args.get("refresh"):
        return json({"summary": conv.summary, "cached": True})
    if request.args.get("billing") == "tenant":
        text = await summarize_thread_tracked(request.app.ctx.anthropic, conv.transcript, tenant=request.ctx.tenant)
    else:
        text = await summarize_thread(request.app.ctx.anthropic, conv.transcript)
    conv.summary = text
    await conv.save(update_fields=["summary"])
    return json({"summary": text, "cached": False})


@bp.get("/<conversation_id>/summary/experimental")
async def summary_experimental(request, conversation_id: str):
    """Prompt-caching experiment (raw HTTP). Remove after the Q3 cost review."""
    conv = await _get(request, conversation_id)
    data = await cached_messages(
        request.app.ctx.anthropic_http,
        system_blocks=[{"type": "text", "text": SUMMARY_SYSTEM}],
        messages=[{"role": "user", "content": format_transcript(conv.transcript)}],
        model=request.app.config.SETTINGS.claude_fast_model,
    )
    return json({"summary": data["content"][0]["text"], "usage": data.get("usage")})


@bp.post("/<conversation_id>/feedback")
async def feedback(request, conversation_id: str):
    body = request.json or {}
    await request.app.dispatch(
        FEEDBACK_RECEIVED,
        context={"conversation_id": conversation_id, "comment": body.get("comment", "")},
    )
    return json({"ok": True}, status=202)
