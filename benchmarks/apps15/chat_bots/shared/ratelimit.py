"""Fixed-window rate limiting in Redis, per user and per feature."""
from __future__ import annotations

import time
from typing import Optional

import redis.asyncio as aioredis

from shared.config import get_settings
from shared.errors import RateLimited

_INCR_WITH_TTL = """
local current = redis.call('INCR', KEYS[1])
if current == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[1])
end
return current
"""


class RateLimiter:
    def __init__(self, redis: aioredis.Redis, prefix: str = "rl"):
        self._redis = redis
        self._prefix = prefix
        self._script = redis.register_script(_INCR_WITH_TTL)

    async def hit(self, feature: str, user_id: str, limit: int, window: int) -> int:
        bucket = int(time.time() // window)
        key = f"{self._prefix}:{feature}:{user_id}:{bucket}"
        count = int(await self._script(keys=[key], args=[window]))
        if count > limit:
            retry_after = window - (time.time() % window)
            raise RateLimited(retry_after=retry_after)
        return count

    async def check_chat(self, user_id: str) -> None:
        await self.hit("chat", user_id, get_settings().user_rate_per_minute, 60)

    async def check_image(self, user_id: str) -> None:
        await self.hit("image", user_id, get_settings().image_rate_per_hour, 3600)


_limiter: Optional[RateLimiter] = None


def get_limiter(redis: aioredis.Redis) -> RateLimiter:
    global _limiter
    if _limiter is None:
        _limiter = RateLimiter(redis)
    return _limiter
