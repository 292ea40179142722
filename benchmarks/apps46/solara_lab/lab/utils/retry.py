"""Small retry helpers (we use tenacity for the heavy cases)."""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Callable, TypeVar

import openai

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE = (openai.RateLimitError, openai.APITimeoutError, openai.APIConnectionError)


def with_backoff(fn: Callable[..., T], *args, attempts: int = 4, base: float = 0.8, **kwargs) -> T:
    """Call ``fn(*args, **kwargs)`` retrying on transient provider errors."""
    for i in range(attempts):
        try:
            return fn(*args, **kwargs)
        except RETRYABLE as exc:
            if i == attempts - 1:
                raise
            delay = base * (2 ** i) + random.random() / 4
            log.info("retrying %s after %s (%.1fs)", getattr(fn, "__name__", fn), type(exc).__name__, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")


def retrying(attempts: int = 3):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            return with_backoff(fn, *a, attempts=attempts, **kw)
        return inner
    return deco
