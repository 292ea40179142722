"""Retry helpers. We keep SDK-level retries off (max_retries=0) and do it here
so that every attempt goes through the worker's rate limiter."""
from __future__ import annotations

import logging
import random
import time
from typing import Any, Callable, TypeVar

import openai
from botocore.exceptions import ClientError

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_OPENAI = (
    openai.RateLimitError,
    openai.APITimeoutError,
    openai.APIConnectionError,
    openai.InternalServerError,
)
RETRYABLE_BOTO_CODES = {"ThrottlingException", "ServiceUnavailableException", "ModelTimeoutException"}


def _is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, RETRYABLE_OPENAI):
        return True
    if isinstance(exc, ClientError):
        return exc.response.get("Error", {}).get("Code") in RETRYABLE_BOTO_CODES
    # together / huggingface raise their own types; match on status if present
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    return status in (429, 500, 502, 503, 504)


def call_with_retries(
    fn: Callable[..., T],
    *args: Any,
    attempts: int = 5,
    base_delay: float = 1.0,
    limiter=None,
    **kwargs: Any,
) -> T:
    last: BaseException | None = None
    for attempt in range(1, attempts + 1):
        if limiter is not None:
            limiter.acquire()
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001
            if not _is_retryable(exc) or attempt == attempts:
                raise
            last = exc
            delay = base_delay * (2 ** (attempt - 1)) + random.uniform(0, 0.5)
            log.warning("retryable error (%s), attempt %d/%d, sleeping %.1fs", type(exc).__name__, attempt, attempts, delay)
            time.sleep(delay)
    raise RuntimeError("unreachable") from last


def retrying(attempts: int = 5, base_delay: float = 1.0):
    """Decorator form, for task functions that make a single request."""

    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        def wrapper(*args: Any, **kwargs: Any) -> T:
            return call_with_retries(fn, *args, attempts=attempts, base_delay=base_delay, **kwargs)

        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper

    return deco
