"""Widget chat endpoints (request/response). Streaming lives in stream.py."""
from __future__ import annotations

import logging

from pydantic import BaseModel, Field, ValidationError
from sanic import Blueprint
from sanic.exceptions import BadRequest
from sanic.response import json

from ..services.fast_path import quick_answer
from ..services.multi_model_service import TaskComplexity, multi_model_service
from ..prompts import ASSISTANT_SYSTEM, to_openai_messages

log = logging.getLogger(__name__)

bp = Blueprint("chat", url_prefix="/chat")


class ChatIn(BaseModel):
    message: str = Field(min_length=1, max_length=8000)
    history: list[dict] = Field(default_factory=list)
    conversation_id: str | None = None


class Intent(BaseModel):
    intent: str
    needs_human: bool
    confidence: float


def _parse(request, model=ChatIn):
    try:
        return model.model_validate(request.json or {})
    except ValidationError as exc:
        raise BadRequest(exc.errors()[0]["msg"]) from exc


@bp.post("/")
async def chat(request):
    body = _parse(request)
    cfg = request.app.config.SETTINGS
    messages = to_openai_messages(body.history + [{"role": "user", "content": body.message}])
    completion = await request.app.ctx.openai.chat.completions.create(
        model=cfg.chat_model,
        messages=messages,
        temperature=0.3,
        user=request.ctx.tenant,
    )
    choice = completion.choices[0]
    return json(
        {
            "reply": choice.message.content,
            "finish_reason": choice.finish_reason,
            "usage": completion.usage.model_dump() if completion.usage else None,
        }
    )


@bp.post("/intent")
async def intent(request):
    body = _parse(request)
    parsed = await request.ctx.llm.beta.chat.completions.parse(
        model=request.app.config.SETTINGS.chat_model,
        messages=[
            {"role": "system", "content": "Classify the user's intent for routing."},
            {"role": "user", "content": body.message},
        ],
        response_format=Intent,
    )
    result = parsed.choices[0].message.parsed
    return json(result.model_dump() if result else {"intent": "unknown", "needs_human": True, "confidence": 0})


@bp.post("/respond")
async def respond(request):
    """Responses API version of /chat, behind a flag for the new widget."""
    body = _parse(request)
    response = await request.app.ctx.openai.responses.create(
        model=request.app.config.SETTINGS.reasoning_model,
        instructions=ASSISTANT_SYSTEM,
        input=body.message,
        previous_response_id=(request.json or {}).get("previous_response_id"),
        store=True,
    )
    return json({"reply": response.output_text, "response_id": response.id})


@bp.post("/tracked")
async def tracked_chat(request):
    body = _parse(request)
    reply = await multi_model_service.generate_response(
        prompt=body.message,
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
        system=ASSISTANT_SYSTEM,
        tenant=request.ctx.tenant,
    )
    return json({"reply": reply})


@bp.post("/quick")
async def quick(request):
    body = _parse(request)
    return json({"reply": await quick_answer(body.message)})


@bp.post("/any")
async def any_provider(request):
    """Provider fallback chain (groq -> cerebras -> together -> openai)."""
    body = _parse(request)
    messages = to_openai_messages(body.history + [{"role": "user", "content": body.message}])
    provider, resp = await request.app.ctx.llm.chat_with_fallback(messages, max_tokens=400)
    return json({"provider": provider, "reply": resp.choices[0].message.content})


@bp.post("/moderate")
async def moderate(request):
    text = (request.json or {}).get("text", "")
    if not text:
        raise BadRequest("text required")
    mod = await request.app.ctx.openai.moderations.create(model="omni-moderation-latest", input=text)
    r = mod.results[0]
    return json({"flagged": r.flagged, "categories": r.categories.model_dump()})
