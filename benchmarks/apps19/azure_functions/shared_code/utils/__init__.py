"""Small shared utilities.  Retry helpers live here; see tokens.py and http.py for the rest."""

from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, Tuple, Type, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504}


def _is_retryable(exc: BaseException) -> bool:
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    if status is not None:
        return int(status) in RETRYABLE_STATUS
    return isinstance(exc, (TimeoutError, ConnectionError))


def call_with_retries(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 4,
    base_delay: float = 0.8,
    retry_on: Tuple[Type[BaseException], ...] = (Exception,),
    **kwargs: Any,
) -> T:
    """Call ``fn(*args, **kwargs)`` with exponential backoff and jitter."""
    last_exc: BaseException | None = None
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except retry_on as exc:  # type: ignore[misc]
            last_exc = exc
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            logger.warning("Attempt %d/%d of %s failed (%s); sleeping %.2fs",
                           attempt, attempts, getattr(fn, "__qualname__", fn), exc, delay)
            time.sleep(delay)
    assert last_exc is not None
    raise last_exc
