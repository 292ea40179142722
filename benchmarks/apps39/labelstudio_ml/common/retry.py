"""Retry helper for flaky provider calls (429/5xx)."""
import logging
import random
import time
from typing import Callable, TypeVar

T = TypeVar("T")
logger = logging.getLogger(__name__)

RETRYABLE_NAMES = ("RateLimitError", "APITimeoutError", "InternalServerError", "ThrottlingException", "ServiceUnavailable")


def _retryable(exc: Exception) -> bool:
    name = type(exc).__name__
    if name in RETRYABLE_NAMES:
        return True
    code = getattr(getattr(exc, "response", None), "get", lambda *_: None)("Error")
    return bool(code and code.get("Code") in RETRYABLE_NAMES)


def with_retries(fn: Callable[..., T], *args, attempts: int = 4, base_delay: float = 1.0, **kwargs) -> T:
    for attempt in range(1, attempts + 1):
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if attempt == attempts or not _retryable(exc):
                raise
            delay = base_delay * 2 ** (attempt - 1) + random.random()
            logger.warning("retrying %s after %s (attempt %d)", getattr(fn, "__name__", fn), exc, attempt)
            time.sleep(delay)
    raise RuntimeError("unreachable")
