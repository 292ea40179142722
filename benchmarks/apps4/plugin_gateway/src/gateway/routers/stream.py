"""Server-sent-events streaming."""
from __future__ import annotations

import asyncio
import json
import logging
from typing import AsyncIterator, Iterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from gateway.clients.factory import provider_for
from gateway.clients.sdk_clients import get_async_anthropic_client
from gateway.schemas import ChatRequest

router = APIRouter(prefix="/v1", tags=["stream"])
log = logging.getLogger(__name__)

_SENTINEL = object()
THINKING_MODEL = "claude-sonnet-4-20250514"


class ThinkingRequest(BaseModel):
    question: str
    budget_tokens: int = 4000


def _sse(event: str, data: dict) -> str:
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


async def _iterate_in_thread(sync_iter: Iterator[str]) -> AsyncIterator[str]:
    """Drive a blocking SDK iterator from a worker thread without stalling the loop."""
    it = iter(sync_iter)
    while True:
        item = await asyncio.to_thread(next, it, _SENTINEL)
        if item is _SENTINEL:
            return
        yield item


@router.post("/chat/stream")
async def chat_stream(body: ChatRequest) -> StreamingResponse:
    provider = provider_for(body.provider)

    async def events() -> AsyncIterator[str]:
        try:
            tokens = provider.stream(
                body.messages, model=body.model, temperature=body.temperature, max_tokens=body.max_tokens
            )
            async for piece in _iterate_in_thread(tokens):
                yield _sse("delta", {"text": piece})
            yield _sse("done", {"provider": provider.name})
        except Exception as exc:
            log.exception("stream failed provider=%s", provider.name)
            yield _sse("error", {"message": str(exc)})

    return StreamingResponse(events(), media_type="text/event-stream")


@router.post("/chat/stream/thinking")
async def thinking_stream(body: ThinkingRequest) -> StreamingResponse:
    """Extended-thinking stream for the analyst workbench: shows the reasoning live."""
    client = get_async_anthropic_client()

    async def events() -> AsyncIterator[str]:
        async with client.messages.stream(
            model=THINKING_MODEL,
            max_tokens=body.budget_tokens + 2000,
            thinking={"type": "enabled", "budget_tokens": body.budget_tokens},
            messages=[{"role": "user", "content": body.question}],
        ) as stream:
            async for event in stream:
                if event.type == "content_block_delta":
                    if event.delta.type == "thinking_delta":
                        yield _sse("thinking", {"text": event.delta.thinking})
                    elif event.delta.type == "text_delta":
                        yield _sse("delta", {"text": event.delta.text})
            final = await stream.get_final_message()
            yield _sse("done", {"output_tokens": final.usage.output_tokens})

    return StreamingResponse(events(), media_type="text/event-stream")
