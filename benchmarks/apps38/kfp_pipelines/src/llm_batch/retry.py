"""Small retry helper; tenacity isn't in the slim image."""

from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _status(exc: Exception) -> int | None:
    for attr in ("status_code", "code", "http_status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    return None


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 5, base_delay: float = 1.5, **kwargs: Any) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            status = _status(exc)
            if attempt == attempts or (status is not None and status not in RETRYABLE_STATUS):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random()
            log.warning("attempt %d failed (%s), sleeping %.1fs", attempt, status, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")
