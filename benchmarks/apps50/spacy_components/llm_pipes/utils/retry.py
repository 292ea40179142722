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
    return status in RETRYABLE_STATUS or isinstance(exc, (TimeoutError, ConnectionError))


def call_with_retries(
    fn: Callable[..., T],
    *args: Any,
    retries: int = 3,
    base_delay: float = 0.8,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    """Call ``fn(*args, **kwargs)`` with jittered exponential backoff."""
    attempt = 0
    while True:
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:
            attempt += 1
            if attempt > retries or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            logger.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            time.sleep(delay)
