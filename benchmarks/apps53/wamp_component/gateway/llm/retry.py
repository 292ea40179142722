"""Retry helper for provider calls (rate limits / 5xx)."""
from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import Any, Awaitable, Callable, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE = ("RateLimitError", "APIConnectionError", "InternalServerError", "ServiceUnavailableError",
             "TooManyRequestsError", "SDKError")


def _is_retryable(exc: BaseException) -> bool:
    return type(exc).__name__ in RETRYABLE


def with_retry(fn: Callable[..., T], attempts: int = 4, base: float = 0.5) -> Callable[..., T]:
    def wrapper(*args: Any, **kwargs: Any) -> T:
        for i in range(attempts):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:
                if i == attempts - 1 or not _is_retryable(exc):
                    raise
                delay = base * (2 ** i) + random.random() / 4
                log.warning("retrying %s after %s (%.1fs)", getattr(fn, "__qualname__", fn), type(exc).__name__, delay)
                time.sleep(delay)
        raise RuntimeError("unreachable")
    return wrapper


async def aretry(fn: Callable[..., Awaitable[T]], *args: Any, attempts: int = 4, **kwargs: Any) -> T:
    for i in range(attempts):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:
            if i == attempts - 1 or not _is_retryable(exc):
                raise
            await asyncio.sleep(0.5 * (2 ** i))
    raise RuntimeError("unreachable")
