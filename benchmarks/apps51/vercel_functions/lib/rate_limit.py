"""Fixed-window rate limiting on top of Vercel KV."""
import time
from dataclasses import dataclass

from lib.config import settings
from lib.edge_cache import EdgeKV, kv as default_kv


@dataclass
class RateLimitResult:
    allowed: bool
    remaining: int
    reset_at: int

    def headers(self) -> dict[str, str]:
        return {
            "X-RateLimit-Remaining": str(max(self.remaining, 0)),
            "X-RateLimit-Reset": str(self.reset_at),
        }


class RateLimiter:
    def __init__(self, store: EdgeKV | None = None, limit: int | None = None, window: int = 60):
        self.store = store or default_kv
        self.limit = limit or settings.rate_limit_per_minute
        self.window = window

    def check(self, identifier: str, cost: int = 1) -> RateLimitResult:
        now = int(time.time())
        bucket = now // self.window
        reset_at = (bucket + 1) * self.window
        if not self.store.enabled:
            return RateLimitResult(True, self.limit, reset_at)
        count = 0
        for _ in range(cost):
            count = self.store.incr(f"rl:{identifier}:{bucket}", ttl=self.window)
        return RateLimitResult(count <= self.limit, self.limit - count, reset_at)


limiter = RateLimiter()
expensive_limiter = RateLimiter(limit=5, window=60)
