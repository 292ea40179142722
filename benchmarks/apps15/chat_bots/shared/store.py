"""Conversation history in Redis.

Key layout:
    conv:{platform}:{channel}:{thread}      list of JSON ChatMessage, newest last
    conv:{platform}:{channel}:{thread}:meta hash (persona, created_at, ...)
Conversations expire after a week of inactivity.
"""
from __future__ import annotations

import json
import logging
from typing import List, Optional

import redis.asyncio as aioredis

from shared.config import get_settings
from shared.models import ChatMessage

log = logging.getLogger(__name__)

TTL_SECONDS = 7 * 24 * 3600


def conversation_key(platform: str, channel: str, thread: Optional[str] = None) -> str:
    return f"conv:{platform}:{channel}:{thread or 'root'}"


class ConversationStore:
    def __init__(self, redis: Optional[aioredis.Redis] = None):
        self._redis = redis or aioredis.from_url(get_settings().redis_url, decode_responses=True)

    @property
    def redis(self) -> aioredis.Redis:
        return self._redis

    async def history(self, key: str, limit: Optional[int] = None) -> List[ChatMessage]:
        limit = limit or get_settings().max_history_turns
        raw = await self._redis.lrange(key, -limit, -1)
        out = []
        for item in raw:
            try:
                out.append(ChatMessage.from_json(json.loads(item)))
            except (ValueError, KeyError):
                log.warning("dropping corrupt history entry in %s", key)
        return out

    async def append(self, key: str, *messages: ChatMessage) -> None:
        if not messages:
            return
        pipe = self._redis.pipeline()
        pipe.rpush(key, *[json.dumps(m.to_json()) for m in messages])
        pipe.ltrim(key, -200, -1)
        pipe.expire(key, TTL_SECONDS)
        await pipe.execute()

    async def set_persona(self, key: str, persona: str) -> None:
        await self._redis.hset(f"{key}:meta", mapping={"persona": persona})
        await self._redis.expire(f"{key}:meta", TTL_SECONDS)

    async def get_persona(self, key: str) -> Optional[str]:
        return await self._redis.hget(f"{key}:meta", "persona")

    async def clear(self, key: str) -> None:
        await self._redis.delete(key, f"{key}:meta")


_store: Optional[ConversationStore] = None


def get_store() -> ConversationStore:
    global _store
    if _store is None:
        _store = ConversationStore()
    return _store
