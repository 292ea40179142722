"""Retry helper for SDK calls that don't have good built-in retries."""
from __future__ import annotations

import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _status_of(exc: BaseException) -> int | None:
    for attr in ("status_code", "status", "code"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    response = getattr(exc, "response", None)
    if response is not None:
        return getattr(response, "status_code", None)
    return None


def with_backoff(fn: Callable[..., T], *args, attempts: int = 5, base_delay: float = 1.5, **kwargs) -> T:
    """Call ``fn(*args, **kwargs)`` retrying on rate limits / 5xx with jitter."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - we re-raise below
            status = _status_of(exc)
            if attempt == attempts or (status is not None and status not in RETRYABLE_STATUS):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 1)
            log.warning("attempt %d failed (%s); retrying in %.1fs", attempt, status or exc, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")
