"""Small retry helper for SDK calls (rate limits, 5xx)."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

import anthropic
import openai

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE = (
    openai.RateLimitError,
    openai.APIConnectionError,
    openai.InternalServerError,
    anthropic.RateLimitError,
    anthropic.APIConnectionError,
    anthropic.InternalServerError,
)


def call_with_retries(fn: Callable[..., T], *args: Any, attempts: int = 4,
                      base_delay: float = 0.5, **kwargs: Any) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except RETRYABLE as exc:
            if attempt == attempts:
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            log.warning("%s failed (%s), retry %d/%d in %.1fs",
                        getattr(fn, "__qualname__", fn), type(exc).__name__, attempt, attempts, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")
