"""Retry helpers shared by jobs (vendor APIs rate-limit us during incidents)."""
from __future__ import annotations

import asyncio
import functools
import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_NAMES = {"RateLimitError", "APITimeoutError", "ThrottlingException", "ServiceUnavailable"}


def _retryable(exc: BaseException) -> bool:
    return type(exc).__name__ in RETRYABLE_NAMES or getattr(exc, "status_code", None) in (429, 503)


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 4, base: float = 0.5, **kwargs: Any) -> T:
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if i == attempts - 1 or not _retryable(exc):
                raise
            delay = base * 2 ** i + random.random() * 0.1
            log.info("retrying %s in %.2fs (%s)", getattr(fn, "__qualname__", fn), delay, exc)
            time.sleep(delay)
    raise RuntimeError("unreachable")


async def awith_retries(fn: Callable[..., Any], *args: Any, attempts: int = 4, **kwargs: Any) -> Any:
    for i in range(attempts):
        try:
            return await fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if i == attempts - 1 or not _retryable(exc):
                raise
            await asyncio.sleep(0.5 * 2 ** i)
    raise RuntimeError("unreachable")


def retrying(attempts: int = 3):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            return with_retries(fn, *a, attempts=attempts, **kw)
        return wrapper
    return deco
