"""Retry helper for flaky vendor APIs (429/5xx)."""
from __future__ import annotations

import functools
import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _status_of(exc: BaseException) -> int | None:
    return getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)


def with_retry(fn: Callable[..., T], *args: Any, attempts: int = 4, base_delay: float = 1.0, **kwargs: Any) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:
            status = _status_of(exc)
            if attempt == attempts or (status is not None and status not in RETRYABLE_STATUS):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.random()
            log.warning("retrying %s after %s (attempt %d, %.1fs)", getattr(fn, "__qualname__", fn), exc, attempt, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")


def retrying(attempts: int = 4) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> T:
            return with_retry(fn, *args, attempts=attempts, **kwargs)

        return wrapper

    return deco
