"""Client-side rate limiting shared by all workers of a job."""
from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import Mapping, Optional

log = logging.getLogger(__name__)


class TokenBucket:
    """Thread-safe token bucket. ``rate`` is in requests per minute."""

    def __init__(self, rate_per_minute: int, burst: Optional[int] = None) -> None:
        if rate_per_minute <= 0:
            raise ValueError("rate must be positive")
        self.rate = rate_per_minute / 60.0
        self.capacity = float(burst or max(1, rate_per_minute // 10))
        self._tokens = self.capacity
        self._updated = time.monotonic()
        self._lock = threading.Lock()
        self._paused_until = 0.0

    def _refill(self, now: float) -> None:
        elapsed = now - self._updated
        self._tokens = min(self.capacity, self._tokens + elapsed * self.rate)
        self._updated = now

    def acquire(self, cost: float = 1.0) -> float:
        """Block until ``cost`` tokens are available. Returns the time waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = time.monotonic()
                self._refill(now)
                if now >= self._paused_until and self._tokens >= cost:
                    self._tokens -= cost
                    return waited
                wait = max(self._paused_until - now, (cost - self._tokens) / self.rate)
            time.sleep(wait)
            waited += wait

    async def acquire_async(self, cost: float = 1.0) -> float:
        waited = 0.0
        while True:
            with self._lock:
                now = time.monotonic()
                self._refill(now)
                if now >= self._paused_until and self._tokens >= cost:
                    self._tokens -= cost
                    return waited
                wait = max(self._paused_until - now, (cost - self._tokens) / self.rate)
            await asyncio.sleep(wait)
            waited += wait

    def pause(self, seconds: float) -> None:
        with self._lock:
            self._paused_until = max(self._paused_until, time.monotonic() + seconds)
            self._tokens = 0.0
        log.info("rate limiter paused for %.1fs", seconds)

    def update_from_headers(self, headers: Mapping[str, str]) -> None:
        """Use provider rate-limit headers (Together / OpenAI style) to back off early."""
        remaining = headers.get("x-ratelimit-remaining") or headers.get("x-ratelimit-remaining-requests")
        reset = headers.get("x-ratelimit-reset") or headers.get("x-ratelimit-reset-requests")
        try:
            if remaining is not None and int(float(remaining)) <= 1 and reset:
                self.pause(float(str(reset).rstrip("s")))
        except ValueError:
            log.debug("unparseable rate limit headers: %r / %r", remaining, reset)


class NullLimiter:
    def acquire(self, cost: float = 1.0) -> float:
        return 0.0

    async def acquire_async(self, cost: float = 1.0) -> float:
        return 0.0

    def pause(self, seconds: float) -> None:
        pass

    def update_from_headers(self, headers) -> None:
        pass


def limiter_for(spec) -> TokenBucket:
    return TokenBucket(spec.rate_limit.requests_per_minute)
