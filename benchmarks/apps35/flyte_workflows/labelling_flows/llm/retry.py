"""Small retry wrapper for flaky provider calls (429/5xx)."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, Tuple, Type, TypeVar

T = TypeVar("T")
logger = logging.getLogger(__name__)

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    return status in RETRYABLE_STATUS or exc.__class__.__name__ in {"APIConnectionError", "APITimeoutError"}


def call_with_retry(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 5,
    base_delay: float = 1.5,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # noqa: PERF203
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.5)
            logger.warning("retryable error from %s (attempt %d/%d): %s", getattr(fn, "__qualname__", fn), attempt, attempts, exc)
            time.sleep(delay)
    raise RuntimeError("unreachable")
