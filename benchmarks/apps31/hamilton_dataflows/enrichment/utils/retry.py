"""Retry helpers (tenacity wrappers with our defaults)."""
from __future__ import annotations

import functools
import logging
from typing import Any, Callable, TypeVar

from tenacity import retry as _retry
from tenacity import retry_if_exception_type, stop_after_attempt, wait_random_exponential

logger = logging.getLogger(__name__)

T = TypeVar("T")

TRANSIENT = (TimeoutError, ConnectionError)


def with_retries(fn: Callable[..., T], attempts: int = 4) -> Callable[..., T]:
    """Wrap any callable (SDK method, our own function) with backoff."""
    wrapped = _retry(
        reraise=True,
        stop=stop_after_attempt(attempts),
        wait=wait_random_exponential(min=1, max=30),
        retry=retry_if_exception_type(Exception),
        before_sleep=lambda rs: logger.warning("retrying %s (attempt %d)", getattr(fn, "__name__", fn), rs.attempt_number),
    )(fn)
    return wrapped


def retrying(attempts: int = 4) -> Callable[[Callable[..., T]], Callable[..., T]]:
    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        @functools.wraps(fn)
        def inner(*args: Any, **kwargs: Any) -> T:
            return with_retries(fn, attempts)(*args, **kwargs)

        return inner

    return deco
