import json
from typing import AsyncIterator, List

from fastapi import APIRouter, Depends
from fastapi.responses import StreamingResponse

from app import cache
from app.config import settings
from app.deps import get_openai_client
from app.errors import UpstreamError
from app.logging_config import get_logger
from app.schemas import ChatMessage, ChatRequest, ChatResponse, IntentResult

router = APIRouter(prefix="/chat", tags=["chat"])
log = get_logger(__name__)

SYSTEM_PROMPT = (
    "You are the in-app assistant for our support console. Answer agents' questions about "
    "the product and the ticket in front of them. Be concise; say when you are not sure."
)


def _to_openai(messages: List[ChatMessage]) -> list:
    out = [{"role": "system", "content": SYSTEM_PROMPT}]
    out.extend({"role": m.role.value, "content": m.content} for m in messages)
    return out


@router.post("", response_model=ChatResponse)
async def chat(body: ChatRequest, client=Depends(get_openai_client)):
    if body.stream:
        return StreamingResponse(_stream(client, body), media_type="text/event-stream")

    model = body.model or settings.chat_model
    key = cache.cache_key("chat", model, body.temperature, [m.model_dump() for m in body.messages])
    cached = await cache.get_json(key)
    if cached:
        return ChatResponse(**cached)

    completion = await client.chat.completions.create(
        model=model,
        messages=_to_openai(body.messages),
        temperature=body.temperature,
    )
    choice = completion.choices[0]
    if choice.finish_reason == "content_filter":
        raise UpstreamError("response was filtered", model=model)

    result = ChatResponse(
        reply=choice.message.content or "",
        model=completion.model,
        prompt_tokens=completion.usage.prompt_tokens,
        completion_tokens=completion.usage.completion_tokens,
    )
    await cache.set_json(key, result.model_dump(), ttl=600)
    return result


async def _stream(client, body: ChatRequest) -> AsyncIterator[str]:
    model = body.model or settings.chat_model
    stream = await client.chat.completions.create(
        model=model,
        messages=_to_openai(body.messages),
        temperature=body.temperature,
        stream=True,
        stream_options={"include_usage": True},
    )
    async for chunk in stream:
        if chunk.usage:
            log.info("chat_stream_usage", model=model, **chunk.usage.model_dump())
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta.content
        if delta:
            yield f"data: {json.dumps({'delta': delta})}\n\n"
    yield "data: [DONE]\n\n"


@router.post("/intent", response_model=IntentResult)
async def classify_intent(body: ChatRequest, client=Depends(get_openai_client)):
    """Used by the console to decide whether to show the 'escalate' banner."""
    last_user = next((m.content for m in reversed(body.messages) if m.role.value == "user"), "")
    parsed = await client.chat.completions.parse(
        model=settings.chat_model,
        messages=[
            {"role": "system", "content": "Classify the customer's intent."},
            {"role": "user", "content": last_user},
        ],
        response_format=IntentResult,
        temperature=0,
    )
    message = parsed.choices[0].message
    if message.refusal or message.parsed is None:
        raise UpstreamError("intent classification refused")
    return message.parsed
