"""Retry helper for provider calls that don't have good built-in retries
(replicate, bedrock converse on throttling, groq 503s)."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
logger = logging.getLogger(__name__)

RETRYABLE_MARKERS = ("429", "503", "ThrottlingException", "overloaded", "rate limit", "timed out")


def _retryable(exc: Exception) -> bool:
    text = f"{type(exc).__name__}: {exc}"
    return any(m.lower() in text.lower() for m in RETRYABLE_MARKERS)


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 4, base_delay: float = 1.5, **kwargs: Any) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _retryable(exc):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.5)
            logger.warning("retrying %s after %s (attempt %d/%d, sleep %.1fs)",
                           getattr(fn, "__qualname__", fn), exc, attempt, attempts, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")
