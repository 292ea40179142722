"""Small retry helper for provider calls (the SDKs' own retries don't cover 529/overloaded)."""
from __future__ import annotations

import asyncio
import logging
import random
from typing import Any, Awaitable, Callable, TypeVar

import anthropic
import openai

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE = (
    openai.RateLimitError,
    openai.APIConnectionError,
    openai.InternalServerError,
    anthropic.RateLimitError,
    anthropic.APIConnectionError,
    anthropic.InternalServerError,
)


async def with_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 1.0,
    **kwargs: Any,
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return await fn(*args, **kwargs)
        except RETRYABLE as exc:
            if attempt == attempts:
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.5)
            log.info("retrying %s after %s (attempt %d/%d, sleeping %.1fs)",
                     getattr(fn, "__qualname__", fn), type(exc).__name__, attempt, attempts, delay)
            await asyncio.sleep(delay)
    raise RuntimeError("unreachable")
