"""Tiny retry helper (tenacity pulled in too much for the Docker image)."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_NAMES = ("RateLimitError", "APITimeoutError", "APIConnectionError", "ThrottlingException", "InternalServerError")


def _is_retryable(exc: BaseException) -> bool:
    return type(exc).__name__ in RETRYABLE_NAMES


def call_with_retry(fn: Callable[..., T], *args: Any, attempts: int = 4, base_delay: float = 1.5, **kwargs: Any) -> T:
    last: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if not _is_retryable(exc) or attempt == attempts:
                raise
            last = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            log.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            time.sleep(delay)
    raise RuntimeError("unreachable") from last


def retrying(attempts: int = 3):
    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        def wrapper(*args: Any, **kwargs: Any) -> T:
            return call_with_retry(fn, *args, attempts=attempts, **kwargs)
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco
