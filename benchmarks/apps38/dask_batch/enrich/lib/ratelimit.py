"""Rate limiting shared across threads in one worker process.

Each worker gets its own bucket sized ``rpm / n_workers`` so the cluster as a
whole stays under the provider's limit. This is approximate on purpose.
"""
from __future__ import annotations

import asyncio
import threading
import time
from contextlib import contextmanager


class TokenBucket:
    def __init__(self, rate_per_minute: float, burst: int | None = None):
        self.rate = rate_per_minute / 60.0
        self.capacity = burst or max(1, int(self.rate * 2))
        self._tokens = float(self.capacity)
        self._last = time.monotonic()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = time.monotonic()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def try_acquire(self, n: float = 1.0) -> bool:
        with self._lock:
            self._refill()
            if self._tokens >= n:
                self._tokens -= n
                return True
            return False

    def acquire(self, n: float = 1.0, timeout: float | None = None) -> None:
        deadline = None if timeout is None else time.monotonic() + timeout
        while not self.try_acquire(n):
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError("rate limiter timeout")
            time.sleep(max(0.01, n / self.rate / 4))

    async def acquire_async(self, n: float = 1.0) -> None:
        while not self.try_acquire(n):
            await asyncio.sleep(max(0.01, n / self.rate / 4))

    @contextmanager
    def limit(self, n: float = 1.0):
        self.acquire(n)
        yield


class LimiterRegistry:
    """One bucket per provider name."""

    def __init__(self, limits: dict[str, int], n_workers: int = 1):
        self._buckets = {
            name: TokenBucket(max(1, rpm // max(1, n_workers))) for name, rpm in limits.items()
        }

    def __getitem__(self, provider: str) -> TokenBucket:
        return self._buckets[provider]

    def get(self, provider: str) -> TokenBucket | None:
        return self._buckets.get(provider)
