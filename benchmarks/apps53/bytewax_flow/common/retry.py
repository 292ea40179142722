"""Tiny retry helper; we don't want tenacity in the worker image."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status in RETRYABLE_STATUS:
        return True
    return exc.__class__.__name__ in {"APIConnectionError", "APITimeoutError", "ReadTimeout", "ConnectError"}


def with_retries(fn: Callable[..., T], *args: Any, attempts: int = 4, base_delay: float = 0.5, **kwargs: Any) -> T:
    """Call ``fn(*args, **kwargs)`` with jittered exponential backoff."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            log.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            time.sleep(delay)
    raise RuntimeError("unreachable")
