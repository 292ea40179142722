"""Retry policies for vendor calls.

Vendors differ in which exceptions they raise, so we classify by duck-typing on the
status code and by a handful of well-known exception class names instead of importing
every SDK here.
"""
from __future__ import annotations

import logging

from tenacity import (
    before_sleep_log,
    retry,
    retry_if_exception,
    stop_after_attempt,
    wait_random_exponential,
)

from gateway.config import get_settings

log = logging.getLogger(__name__)

_RETRYABLE_NAMES = {
    "APITimeoutError",
    "APIConnectionError",
    "RateLimitError",
    "InternalServerError",
    "ServiceUnavailableError",
    "ThrottlingException",
    "ModelNotReadyException",
    "TooManyRequestsError",
}


def is_retryable(exc: BaseException) -> bool:
    if type(exc).__name__ in _RETRYABLE_NAMES:
        return True
    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    return isinstance(status, int) and (status == 429 or status >= 500)


def vendor_retry(attempts: int = 0):
    """Decorator used around every outbound vendor request."""
    return retry(
        reraise=True,
        stop=stop_after_attempt(attempts or get_settings().max_retries),
        wait=wait_random_exponential(multiplier=0.5, max=8),
        retry=retry_if_exception(is_retryable),
        before_sleep=before_sleep_log(log, logging.WARNING),
    )
