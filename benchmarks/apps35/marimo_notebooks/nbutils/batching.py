"""Concurrency helpers for notebook cells that fan out many requests.

marimo cells can be `async def`, so prefer these over thread pools in cells.
"""
from __future__ import annotations

import asyncio
import functools
import random
from typing import Any, Awaitable, Callable, Iterable, TypeVar

from nbutils.clients import get_anthropic_client, get_openai_client
from nbutils.config import settings

T = TypeVar("T")


async def bounded_gather(coros: Iterable[Awaitable[T]], limit: int = 8) -> list[T]:
    sem = asyncio.Semaphore(limit)

    async def _run(c: Awaitable[T]) -> T:
        async with sem:
            return await c

    return await asyncio.gather(*(_run(c) for c in coros))


def with_backoff(fn: Callable[..., T], attempts: int = 5) -> Callable[..., T]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        for i in range(attempts):
            try:
                return fn(*args, **kwargs)
            except Exception:  # noqa: BLE001 - SDK errors differ per provider
                if i == attempts - 1:
                    raise
                import time

                time.sleep(min(30, 2**i + random.random()))
        raise AssertionError("unreachable")

    return wrapper


async def embed_in_threads(texts: list[str], chunk: int = 200) -> list[list[float]]:
    """The sync client in a thread is faster than AsyncOpenAI on the shared box (don't ask)."""
    client = get_openai_client()
    parts = [texts[i : i + chunk] for i in range(0, len(texts), chunk)]
    responses = await bounded_gather(
        asyncio.to_thread(client.embeddings.create, model=settings.openai_embed_model, input=p) for p in parts
    )
    return [d.embedding for r in responses for d in r.data]


def claude_with_backoff(prompt: str, max_tokens: int = 512) -> str:
    create = with_backoff(get_anthropic_client().messages.create)
    msg = create(model=settings.claude_model, max_tokens=max_tokens, messages=[{"role": "user", "content": prompt}])
    return msg.content[0].text


def make_cheap_summariser(max_tokens: int = 150) -> Callable[..., Any]:
    client = get_openai_client()
    summarise = functools.partial(
        client.chat.completions.create,
        model="gpt-4o-mini",
        max_tokens=max_tokens,
        temperature=0,
    )

    def run(text: str) -> str:
        out = summarise(messages=[{"role": "user", "content": f"Summarise in one sentence:\n{text}"}])
        return out.choices[0].message.content or ""

    return run
