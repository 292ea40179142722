"""Retry helper for flaky network calls (rate limits, timeouts)."""
from __future__ import annotations

import logging
import random
import time
from typing import Callable, Tuple, Type, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status in RETRYABLE_STATUS:
        return True
    return exc.__class__.__name__ in {"APITimeoutError", "APIConnectionError", "ServiceUnavailableError"}


def with_retry(
    fn: Callable[..., T],
    *args,
    attempts: int = 4,
    base_delay: float = 1.0,
    exceptions: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs,
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except exceptions as exc:
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random() / 2
            log.warning("retrying %s after %s (%.1fs)", getattr(fn, "__name__", fn), exc, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable")
