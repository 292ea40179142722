"""Small retry helper (we don't want tenacity in the desktop bundle)."""
from __future__ import annotations

import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: Exception) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status is not None:
        return status in RETRYABLE_STATUS
    return type(exc).__name__ in {"APIConnectionError", "APITimeoutError", "ConnectError", "ReadTimeout"}


def with_backoff(fn: Callable[..., T], *args, attempts: int = 4, base_delay: float = 1.0, **kwargs) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.uniform(0, 0.5)
            log.warning("retrying %s after %s (attempt %d/%d)", getattr(fn, "__qualname__", fn), exc, attempt, attempts)
            time.sleep(delay)
    raise RuntimeError("unreachable")
