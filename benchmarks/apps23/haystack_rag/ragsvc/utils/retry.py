"""Retry helper for flaky provider calls (mostly 429s from the embedding APIs)."""
from __future__ import annotations

import logging
import random
import time
from typing import Callable, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = {408, 429, 500, 502, 503, 504}


def _status_of(exc: Exception) -> int | None:
    for attr in ("status_code", "http_status", "status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    resp = getattr(exc, "response", None)
    return getattr(resp, "status_code", None)


def call_with_retry(fn: Callable[..., T], *args, attempts: int = 4, base_delay: float = 1.0, **kwargs) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            status = _status_of(exc)
            if attempt == attempts or (status is not None and status not in RETRYABLE_STATUS):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.5)
            logger.warning("retrying %s after %s (attempt %d/%d, sleep %.1fs)", getattr(fn, "__name__", fn), exc, attempt, attempts, delay)
            time.sleep(delay)
    raise AssertionError("unreachable")
