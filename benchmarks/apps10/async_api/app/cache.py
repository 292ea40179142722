"""Thin JSON cache on top of redis.asyncio."""
from __future__ import annotations

import hashlib
import json
from typing import Any, Optional

from redis import asyncio as aioredis

from app.config import settings

_redis: Optional[aioredis.Redis] = None


async def init_redis() -> aioredis.Redis:
    global _redis
    _redis = aioredis.from_url(settings.redis_url, encoding="utf-8", decode_responses=True)
    return _redis


async def close_redis() -> None:
    global _redis
    if _redis is not None:
        await _redis.aclose()
        _redis = None


def get_redis() -> aioredis.Redis:
    if _redis is None:
        raise RuntimeError("redis not initialised; is the lifespan running?")
    return _redis


def cache_key(namespace: str, *parts: Any) -> str:
    digest = hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()
    return f"helpdesk:{namespace}:{digest[:32]}"


async def get_json(key: str) -> Optional[Any]:
    raw = await get_redis().get(key)
    return json.loads(raw) if raw else None


async def set_json(key: str, value: Any, ttl: Optional[int] = None) -> None:
    await get_redis().set(key, json.dumps(value), ex=ttl or settings.cache_ttl_seconds)
