"""Small retry helper shared by the agents.

We used tenacity at first but the decorators made stack traces unreadable in
Replicate logs, so this is a hand-rolled loop with jitter.
"""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

import anthropic
import openai

T = TypeVar("T")
logger = logging.getLogger(__name__)

RETRYABLE = (
    openai.RateLimitError,
    openai.APIConnectionError,
    openai.InternalServerError,
    anthropic.RateLimitError,
    anthropic.APIConnectionError,
    anthropic.InternalServerError,
)


def call_with_retries(fn: Callable[..., T], *args: Any, attempts: int = 3, base_delay: float = 0.8, **kwargs: Any) -> T:
    last_exc: Exception | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except RETRYABLE as exc:
            last_exc = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            logger.warning("retryable error from %s (attempt %d/%d): %s", getattr(fn, "__qualname__", fn), attempt, attempts, exc)
            time.sleep(delay)
    assert last_exc is not None
    raise last_exc
