"""Retry helpers shared by nodes that hit rate limits."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _status_of(exc: BaseException) -> int | None:
    for attr in ("status_code", "http_status"):
        status = getattr(exc, attr, None)
        if isinstance(status, int):
            return status
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def with_backoff(fn: Callable[..., T], *args: Any, max_attempts: int = 5, base_delay: float = 1.5, **kwargs: Any) -> T:
    """Call ``fn(*args, **kwargs)`` with exponential backoff on retryable errors."""
    attempt = 0
    while True:
        attempt += 1
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            status = _status_of(exc)
            if attempt >= max_attempts or (status is not None and status not in RETRYABLE_STATUS):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.5)
            logger.warning("%s failed (%s, status=%s); retry %d in %.1fs", getattr(fn, "__qualname__", fn), type(exc).__name__, status, attempt, delay)
            time.sleep(delay)


def chunked(items: list[Any], size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]
