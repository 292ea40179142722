"""Small result cache for summaries and embeddings (keyed by content hash)."""
from __future__ import annotations

import hashlib
import json
from typing import Any, Awaitable, Callable


def content_key(prefix: str, *parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8"))
        h.update(b"\x00")
    return f"{prefix}:{h.hexdigest()[:32]}"


class ResultCache:
    def __init__(self, redis, ttl: int = 3600) -> None:
        self.redis = redis
        self.ttl = ttl

    async def get_or_compute(self, key: str, compute: Callable[[], Awaitable[Any]]) -> Any:
        if self.redis is not None:
            hit = await self.redis.get(key)
            if hit is not None:
                return json.loads(hit)
        value = await compute()
        if self.redis is not None:
            await self.redis.set(key, json.dumps(value), ex=self.ttl)
        return value
