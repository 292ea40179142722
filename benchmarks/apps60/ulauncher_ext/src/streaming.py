"""Streaming answers.

Ulauncher can't render tokens as they arrive, but the "open in notification"
action streams into a desktop notification that we update every ~0.5s. The
async clients are used because the notifier runs on its own event loop.
"""
from __future__ import annotations

import asyncio
import logging
import time
from typing import AsyncIterator, Callable, Optional

from anthropic import AsyncAnthropic

from .clients import ClientPool, get_async_openai_client

log = logging.getLogger(__name__)

UPDATE_EVERY = 0.5


async def stream_openai(api_key: str, prompt: str, model: str = "gpt-4o-mini") -> AsyncIterator[str]:
    client = get_async_openai_client(api_key)
    stream = await client.chat.completions.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    async for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            yield chunk.choices[0].delta.content


async def stream_anthropic(api_key: str, prompt: str, model: str = "claude-3-5-haiku-latest") -> AsyncIterator[str]:
    client = AsyncAnthropic(api_key=api_key)
    async with client.messages.stream(
        model=model,
        max_tokens=1024,
        messages=[{"role": "user", "content": prompt}],
    ) as stream:
        async for text in stream.text_stream:
            yield text


async def stream_mistral(pool: ClientPool, prompt: str) -> AsyncIterator[str]:
    client = pool.mistral
    response = await client.chat.stream_async(
        model=pool.settings.effective_model if pool.settings.provider == "mistral" else "mistral-small-latest",
        messages=[{"role": "user", "content": prompt}],
    )
    async for event in response:
        delta = event.data.choices[0].delta.content
        if delta:
            yield delta


async def pump(chunks: AsyncIterator[str], on_update: Callable[[str], None]) -> str:
    buf = []
    last = 0.0
    async for piece in chunks:
        buf.append(piece)
        now = time.monotonic()
        if now - last > UPDATE_EVERY:
            on_update("".join(buf))
            last = now
    text = "".join(buf)
    on_update(text)
    return text


def stream_to_notification(pool: ClientPool, prompt: str, notify: Callable[[str], None]) -> Optional[str]:
    provider = pool.settings.provider
    if provider == "anthropic":
        gen = stream_anthropic(pool.settings.key_for("anthropic"), prompt)
    elif provider == "mistral":
        gen = stream_mistral(pool, prompt)
    elif provider == "openai":
        gen = stream_openai(pool.settings.key_for("openai"), prompt)
    else:
        log.info("streaming not supported for %s", provider)
        return None
    return asyncio.run(pump(gen, notify))
