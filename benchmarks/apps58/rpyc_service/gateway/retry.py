"""Retry helper shared by the task modules."""
from __future__ import annotations

import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
log = logging.getLogger(__name__)

RETRYABLE_NAMES = {"RateLimitError", "APITimeoutError", "APIConnectionError", "InternalServerError",
                   "ThrottlingException", "ServiceUnavailableError", "TooManyRequestsError"}


def _retryable(exc: BaseException) -> bool:
    return type(exc).__name__ in RETRYABLE_NAMES


def call_with_retries(fn: Callable[..., T], *args, attempts: int = 4, base_delay: float = 0.5, **kwargs) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _retryable(exc):
                raise
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.25)
            log.warning("retrying %s after %s (attempt %d)", getattr(fn, "__qualname__", fn), exc, attempt)
            time.sleep(delay)
    raise AssertionError("unreachable")
