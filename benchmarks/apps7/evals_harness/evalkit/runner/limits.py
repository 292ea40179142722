"""Rate limiting, retry/backoff and progress helpers used by both runners."""
from __future__ import annotations

import asyncio
import functools
import logging
import random
import sys
import threading
import time
from typing import Any, Callable, Dict, Optional, Tuple, TypeVar

from evalkit.errors import ProviderError

logger = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])

# HTTP statuses that are worth retrying. 529 is Anthropic's "overloaded".
RETRYABLE_STATUS = {408, 409, 429, 500, 502, 503, 504, 529}

# Exception class names from the vendor SDKs that mean "try again later". Matching on
# names keeps this module free of SDK imports.
RETRYABLE_NAMES = {
    "RateLimitError",
    "APITimeoutError",
    "APIConnectionError",
    "InternalServerError",
    "OverloadedError",
    "ServiceUnavailableError",
    "Timeout",
}


def is_retryable(exc: BaseException) -> bool:
    if isinstance(exc, ProviderError):
        return exc.retryable
    status = getattr(exc, "status_code", None) or getattr(exc, "status", None)
    if isinstance(status, int) and status in RETRYABLE_STATUS:
        return True
    return type(exc).__name__ in RETRYABLE_NAMES


def backoff_delay(attempt: int, base: float = 1.0, cap: float = 30.0) -> float:
    # full jitter
    return random.uniform(0, min(cap, base * (2 ** attempt)))


def with_retries(max_attempts: int = 4, base_delay: float = 1.0) -> Callable[[F], F]:
    """Retry a sync or async callable on transient provider errors."""

    def decorator(fn: F) -> F:
        if asyncio.iscoroutinefunction(fn):

            @functools.wraps(fn)
            async def async_wrapper(*args: Any, **kwargs: Any) -> Any:
                for attempt in range(max_attempts):
                    try:
                        return await fn(*args, **kwargs)
                    except Exception as exc:  # noqa: BLE001
                        if attempt == max_attempts - 1 or not is_retryable(exc):
                            raise
                        delay = backoff_delay(attempt, base_delay)
                        logger.warning("retrying %s after %s (%.1fs)", fn.__qualname__, type(exc).__name__, delay)
                        await asyncio.sleep(delay)

            return async_wrapper  # type: ignore[return-value]

        @functools.wraps(fn)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for attempt in range(max_attempts):
                try:
                    return fn(*args, **kwargs)
                except Exception as exc:  # noqa: BLE001
                    if attempt == max_attempts - 1 or not is_retryable(exc):
                        raise
                    delay = backoff_delay(attempt, base_delay)
                    logger.warning("retrying %s after %s (%.1fs)", fn.__qualname__, type(exc).__name__, delay)
                    time.sleep(delay)

        return wrapper  # type: ignore[return-value]

    return decorator


class RateLimiter:
    """Token bucket, usable from threads (acquire) and from asyncio (aacquire)."""

    def __init__(self, requests_per_minute: int, burst: Optional[int] = None) -> None:
        self.rate = requests_per_minute / 60.0
        self.capacity = float(burst or max(1, requests_per_minute // 10))
        self._tokens = self.capacity
        self._updated = time.monotonic()
        self._lock = threading.Lock()

    def _try_take(self) -> float:
        with self._lock:
            now = time.monotonic()
            self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
            self._updated = now
            if self._tokens >= 1:
                self._tokens -= 1
                return 0.0
            return (1 - self._tokens) / self.rate

    def acquire(self) -> None:
        while True:
            wait = self._try_take()
            if wait <= 0:
                return
            time.sleep(wait)

    async def aacquire(self) -> None:
        while True:
            wait = self._try_take()
            if wait <= 0:
                return
            await asyncio.sleep(wait)


class LimiterPool:
    """One limiter per provider, created on first use."""

    DEFAULT_RPM = 600

    def __init__(self, rpm_by_provider: Dict[str, int]) -> None:
        self._rpm = dict(rpm_by_provider)
        self._limiters: Dict[str, RateLimiter] = {}
        self._lock = threading.Lock()

    def for_provider(self, provider: str) -> RateLimiter:
        with self._lock:
            if provider not in self._limiters:
                self._limiters[provider] = RateLimiter(self._rpm.get(provider, self.DEFAULT_RPM))
            return self._limiters[provider]


def completion(done: int, total: int) -> float:
    """Fraction of the run that has finished (0..1)."""
    if total <= 0:
        return 1.0
    return min(1.0, done / total)


def eta_seconds(done: int, total: int, elapsed: float) -> Optional[float]:
    if done == 0:
        return None
    return elapsed / done * (total - done)


def render_progress(done: int, total: int, elapsed: float, failures: int = 0) -> Tuple[str, float]:
    frac = completion(done, total)
    eta = eta_seconds(done, total, elapsed)
    eta_txt = "--" if eta is None else f"{eta:,.0f}s"
    bar = "#" * int(frac * 30)
    return f"[{bar:<30}] {done}/{total} fail={failures} eta={eta_txt}", frac


def print_progress(done: int, total: int, elapsed: float, failures: int = 0) -> None:
    line, _ = render_progress(done, total, elapsed, failures)
    if sys.stderr.isatty():
        sys.stderr.write("\r" + line)
        sys.stderr.flush()
    elif done == total or done % 50 == 0:
        logger.info(line)


