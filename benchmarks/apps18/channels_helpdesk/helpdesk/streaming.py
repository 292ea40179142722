"""Helpers for pushing token streams to websocket consumers."""
from __future__ import annotations

import json
import logging
from typing import AsyncIterator

logger = logging.getLogger("helpdesk.streaming")


async def stream_chat_tokens(client, model: str, messages: list[dict], **kwargs) -> AsyncIterator[str]:
    """Yield text deltas from an OpenAI-style async client.

    ``client`` is whatever async client the caller hands us (see consumers.py).
    """
    stream = await client.chat.completions.create(
        model=model,
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
        **kwargs,
    )
    async for chunk in stream:
        if chunk.usage:
            logger.debug("stream usage in=%s out=%s", chunk.usage.prompt_tokens, chunk.usage.completion_tokens)
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta.content
        if delta:
            yield delta


def frame(kind: str, **payload) -> str:
    return json.dumps({"type": kind, **payload})


class TokenBuffer:
    """Batches small deltas so we don't send one websocket frame per token."""

    def __init__(self, flush_at: int = 24):
        self.flush_at = flush_at
        self._parts: list[str] = []
        self.full_text = ""

    def add(self, delta: str) -> str | None:
        self._parts.append(delta)
        self.full_text += delta
        if sum(len(p) for p in self._parts) >= self.flush_at:
            return self.flush()
        return None

    def flush(self) -> str | None:
        if not self._parts:
            return None
        out = "".join(self._parts)
        self._parts.clear()
        return out
