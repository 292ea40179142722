"""Conversation memory in Redis, one list per Slack thread."""
from __future__ import annotations

import json
import logging
import time
from dataclasses import asdict, dataclass, field
from typing import Any, Dict, List, Optional

import redis.asyncio as aioredis

from assistant.config import get_settings
from assistant.errors import MemoryBackendError

log = logging.getLogger(__name__)


@dataclass
class Turn:
    role: str  # "user" | "assistant"
    content: Any  # str, or a list of content blocks for tool turns
    user: Optional[str] = None
    ts: float = field(default_factory=time.time)

    def to_message(self) -> Dict[str, Any]:
        return {"role": self.role, "content": self.content}


def thread_key(channel: str, thread_ts: str) -> str:
    return f"otto:conv:{channel}:{thread_ts}"


def summary_key(channel: str, thread_ts: str) -> str:
    return f"otto:conv-summary:{channel}:{thread_ts}"


class ConversationStore:
    def __init__(self, url: str, ttl_seconds: int, max_turns: int) -> None:
        self._redis = aioredis.from_url(url, decode_responses=True)
        self._ttl = ttl_seconds
        self._max_turns = max_turns

    async def append(self, channel: str, thread_ts: str, *turns: Turn) -> None:
        key = thread_key(channel, thread_ts)
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                for turn in turns:
                    pipe.rpush(key, json.dumps(asdict(turn)))
                pipe.ltrim(key, -self._max_turns, -1)
                pipe.expire(key, self._ttl)
                await pipe.execute()
        except aioredis.RedisError as exc:
            raise MemoryBackendError(str(exc)) from exc

    async def history(self, channel: str, thread_ts: str) -> List[Turn]:
        try:
            raw = await self._redis.lrange(thread_key(channel, thread_ts), 0, -1)
        except aioredis.RedisError as exc:
            raise MemoryBackendError(str(exc)) from exc
        turns = []
        for item in raw:
            try:
                turns.append(Turn(**json.loads(item)))
            except (TypeError, ValueError):
                log.warning("dropping corrupt turn in %s", thread_key(channel, thread_ts))
        return turns

    async def replace(self, channel: str, thread_ts: str, turns: List[Turn]) -> None:
        key = thread_key(channel, thread_ts)
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(key)
            if turns:
                pipe.rpush(key, *(json.dumps(asdict(t)) for t in turns))
            pipe.expire(key, self._ttl)
            await pipe.execute()

    async def get_summary(self, channel: str, thread_ts: str) -> Optional[str]:
        return await self._redis.get(summary_key(channel, thread_ts))

    async def set_summary(self, channel: str, thread_ts: str, summary: str) -> None:
        await self._redis.set(summary_key(channel, thread_ts), summary, ex=self._ttl)

    async def clear(self, channel: str, thread_ts: str) -> None:
        await self._redis.delete(thread_key(channel, thread_ts), summary_key(channel, thread_ts))


_store: Optional[ConversationStore] = None


def get_store() -> ConversationStore:
    global _store
    if _store is None:
        s = get_settings()
        _store = ConversationStore(s.redis_url, s.memory_ttl_seconds, s.memory_max_turns)
    return _store
