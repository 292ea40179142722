"""Per-executor rate limiting and retry helpers.

Spark runs N tasks per executor concurrently; each Python worker gets its own bucket, so the
configured RPM is divided by the expected number of concurrent workers.
"""
from __future__ import annotations

import functools
import logging
import random
import threading
import time
from typing import Any, Callable, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

RETRYABLE_NAMES = {
    "RateLimitError",
    "APITimeoutError",
    "APIConnectionError",
    "InternalServerError",
    "ThrottlingException",
    "ServiceUnavailableError",
    "OverloadedError",
}


class TokenBucket:
    def __init__(self, rate_per_sec: float, capacity: float | None = None) -> None:
        self.rate = rate_per_sec
        self.capacity = capacity or max(rate_per_sec, 1.0)
        self._tokens = self.capacity
        self._last = time.monotonic()
        self._lock = threading.Lock()

    @classmethod
    def create(cls, requests_per_minute: int, workers: int = 1) -> "TokenBucket":
        per_worker = max(requests_per_minute / max(workers, 1), 1)
        return cls(rate_per_sec=per_worker / 60.0)

    def acquire(self, cost: float = 1.0) -> None:
        while True:
            with self._lock:
                now = time.monotonic()
                self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
                self._last = now
                if self._tokens >= cost:
                    self._tokens -= cost
                    return
                wait = (cost - self._tokens) / self.rate
            time.sleep(wait)


_buckets: dict[str, TokenBucket] = {}


def bucket_for(name: str, requests_per_minute: int, workers: int = 4) -> TokenBucket:
    if name not in _buckets:
        _buckets[name] = TokenBucket.create(requests_per_minute, workers)
    return _buckets[name]


def _is_retryable(exc: BaseException) -> bool:
    if type(exc).__name__ in RETRYABLE_NAMES:
        return True
    status = getattr(exc, "status_code", None)
    return status in (429, 500, 502, 503, 529)


def with_backoff(fn: Callable[..., T], max_attempts: int = 6, base: float = 1.5) -> Callable[..., T]:
    """Wrap ``fn`` with jittered exponential backoff on provider throttling."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        for attempt in range(1, max_attempts + 1):
            try:
                return fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - provider exceptions differ
                if attempt == max_attempts or not _is_retryable(exc):
                    raise
                delay = base ** attempt + random.random()
                log.warning("retryable error %s (attempt %d), sleeping %.1fs", exc, attempt, delay)
                time.sleep(delay)
        raise RuntimeError("unreachable")

    return wrapper


def retrying(max_attempts: int = 6):
    def deco(fn: Callable[..., T]) -> Callable[..., T]:
        return with_backoff(fn, max_attempts=max_attempts)

    return deco
