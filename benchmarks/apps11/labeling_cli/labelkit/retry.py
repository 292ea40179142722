"""Retry helpers with exponential backoff and jitter.

We do not use tenacity here because the backoff has to cooperate with the per-job
rate limiter (a 429 should drain the bucket, not just sleep locally).
"""
from __future__ import annotations

import functools
import logging
import random
import time
from dataclasses import dataclass
from typing import Callable, Optional, Tuple, Type, TypeVar

import httpx

from labelkit.errors import RateLimited, RetryableError

log = logging.getLogger(__name__)

T = TypeVar("T")

_RETRYABLE_STATUS = {408, 409, 425, 429, 500, 502, 503, 504, 529}


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 4
    backoff: float = 2.0
    base_delay: float = 0.5
    max_delay: float = 60.0

    @classmethod
    def from_spec(cls, spec) -> "RetryPolicy":
        r = spec.retries
        return cls(max_attempts=r.max_attempts, backoff=r.backoff, max_delay=r.max_delay)

    def delay(self, attempt: int, retry_after: Optional[float] = None) -> float:
        if retry_after:
            return min(retry_after, self.max_delay)
        raw = self.base_delay * (self.backoff ** (attempt - 1))
        return min(self.max_delay, raw) * random.uniform(0.8, 1.2)


def _status_of(exc: BaseException) -> Optional[int]:
    for attr in ("status_code", "status", "http_status"):
        value = getattr(exc, attr, None)
        if isinstance(value, int):
            return value
    response = getattr(exc, "response", None)
    if isinstance(response, httpx.Response):
        return response.status_code
    if isinstance(response, dict):  # botocore ClientError
        return response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return None


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, RetryableError):
        return True
    if isinstance(exc, (httpx.TransportError, ConnectionError, TimeoutError)):
        return True
    code = getattr(exc, "response", {}) if hasattr(exc, "response") else {}
    if isinstance(code, dict) and code.get("Error", {}).get("Code") in (
        "ThrottlingException", "ServiceUnavailableException", "ModelNotReadyException",
    ):
        return True
    status = _status_of(exc)
    return status in _RETRYABLE_STATUS


def with_retries(fn: Callable[..., T], policy: RetryPolicy, *args, on_retry: Optional[Callable] = None,
                 **kwargs) -> T:
    attempt = 1
    while True:
        try:
            return fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - filtered below
            if attempt >= policy.max_attempts or not is_retryable(exc):
                raise
            retry_after = exc.retry_after if isinstance(exc, RetryableError) else None
            delay = policy.delay(attempt, retry_after)
            log.warning("attempt %d/%d failed (%s); retrying in %.1fs",
                        attempt, policy.max_attempts, type(exc).__name__, delay)
            if on_retry is not None:
                on_retry(exc, attempt)
            time.sleep(delay)
            attempt += 1


def retrying(policy: RetryPolicy, exceptions: Tuple[Type[BaseException], ...] = (Exception,)):
    """Decorator form of :func:`with_retries`."""

    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            return with_retries(fn, policy, *args, **kwargs)

        return wrapper

    return decorator


def raise_for_rate_limit(provider: str, status: int, headers) -> None:
    if status == 429:
        retry_after = headers.get("retry-after")
        raise RateLimited(provider, "rate limited", status=status,
                          retry_after=float(retry_after) if retry_after else None)
    if status >= 500:
        raise RetryableError(provider, f"server error {status}", status=status)
