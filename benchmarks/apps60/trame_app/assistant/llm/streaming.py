"""Helpers to push streamed tokens into trame state.

These take an already-built client so that the UI layer decides which
provider is used; they only know the wire shapes.
"""
from __future__ import annotations

import asyncio
from typing import Awaitable, Callable

from openai import AsyncOpenAI

OnDelta = Callable[[str], Awaitable[None] | None]


async def stream_openai_chat(
    client: AsyncOpenAI,
    *,
    model: str,
    messages: list[dict],
    on_delta: OnDelta,
) -> str:
    parts: list[str] = []
    stream = await client.chat.completions.create(
        model=model,
        messages=messages,
        stream=True,
        stream_options={"include_usage": True},
    )
    async for chunk in stream:
        if not chunk.choices:
            continue
        delta = chunk.choices[0].delta.content
        if delta:
            parts.append(delta)
            result = on_delta(delta)
            if asyncio.iscoroutine(result):
                await result
    return "".join(parts)


async def stream_anthropic_message(client, *, model: str, system: str, messages: list[dict], on_delta: OnDelta) -> str:
    parts: list[str] = []
    async with client.messages.stream(
        model=model,
        system=system,
        max_tokens=2048,
        messages=messages,
    ) as stream:
        async for text in stream.text_stream:
            parts.append(text)
            result = on_delta(text)
            if asyncio.iscoroutine(result):
                await result
    return "".join(parts)


async def stream_gemini(client, *, model: str, prompt: str, on_delta: OnDelta) -> str:
    parts: list[str] = []
    async for chunk in await client.aio.models.generate_content_stream(model=model, contents=prompt):
        if chunk.text:
            parts.append(chunk.text)
            result = on_delta(chunk.text)
            if asyncio.iscoroutine(result):
                await result
    return "".join(parts)
