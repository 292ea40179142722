"""Small retry helper for provider calls.

We used tenacity for a while; this is the stripped-down version that survived after the
dependency was dropped. Works for sync and async callables.
"""
from __future__ import annotations

import asyncio
import logging
import random
import time
from typing import Any, Awaitable, Callable, Tuple, Type, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    if isinstance(status, int):
        return status in RETRYABLE_STATUS
    name = type(exc).__name__
    return name in {"APIConnectionError", "APITimeoutError", "RateLimitError", "ConnectError"}


def _backoff(attempt: int, base: float) -> float:
    return base * (2 ** attempt) + random.uniform(0, base)


def call_with_retries(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    for attempt in range(attempts):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:
            if attempt == attempts - 1 or not _is_retryable(exc):
                raise
            delay = _backoff(attempt, base_delay)
            log.warning("retrying %s in %.2fs (%s)", getattr(fn, "__qualname__", fn), delay, exc)
            time.sleep(delay)
    raise RuntimeError("unreachable")


async def acall_with_retries(
    fn: Callable[..., Awaitable[T]],
    *args: Any,
    attempts: int = 3,
    base_delay: float = 0.5,
    **kwargs: Any,
) -> T:
    for attempt in range(attempts):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:
            if attempt == attempts - 1 or not _is_retryable(exc):
                raise
            delay = _backoff(attempt, base_delay)
            log.warning("retrying %s in %.2fs (%s)", getattr(fn, "__qualname__", fn), delay, exc)
            await asyncio.sleep(delay)
    raise RuntimeError("unreachable")
