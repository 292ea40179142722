"""Retry helpers. Older code uses ``with_backoff``; newer code uses tenacity."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

from tenacity import retry, retry_if_exception_type, stop_after_attempt, wait_random_exponential

logger = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_NAMES = {"RateLimitError", "APITimeoutError", "InternalServerError", "ThrottlingException"}


def _is_retryable(exc: BaseException) -> bool:
    return type(exc).__name__ in RETRYABLE_NAMES


def with_backoff(fn: Callable[..., T], *args: Any, attempts: int = 5, base: float = 1.5, **kwargs: Any) -> T:
    """Call ``fn`` with exponential backoff on vendor rate limits."""
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _is_retryable(exc):
                raise
            delay = base**attempt + random.random()
            logger.info("retrying %s in %.1fs (%s)", getattr(fn, "__qualname__", fn), delay, exc)
            time.sleep(delay)
    raise RuntimeError("unreachable")


network_retry = retry(
    retry=retry_if_exception_type((ConnectionError, TimeoutError)),
    wait=wait_random_exponential(multiplier=1, max=30),
    stop=stop_after_attempt(4),
    reraise=True,
)
