"""Conversation history in Redis.  One list per conversation id."""
from __future__ import annotations

import json
import time
import uuid

import redis.asyncio as aioredis


class Conversation:
    def __init__(self, store: "ConversationStore", conv_id: str) -> None:
        self.store = store
        self.id = conv_id

    async def messages(self, limit: int = 20) -> list[dict]:
        raw = await self.store.redis.lrange(self.store.key(self.id), -limit, -1)
        return [json.loads(r) for r in raw]

    async def append(self, role: str, content: str) -> None:
        await self.store.redis.rpush(
            self.store.key(self.id),
            json.dumps({"role": role, "content": content, "ts": time.time()}),
        )
        await self.store.redis.expire(self.store.key(self.id), self.store.ttl)


class ConversationStore:
    def __init__(self, redis_url: str, ttl: int = 86_400) -> None:
        self.redis = aioredis.from_url(redis_url, decode_responses=True)
        self.ttl = ttl

    @staticmethod
    def key(conv_id: str) -> str:
        return f"conv:{conv_id}"

    async def create(self, system_prompt: str | None = None) -> Conversation:
        conv = Conversation(self, uuid.uuid4().hex)
        if system_prompt:
            await conv.append("system", system_prompt)
        return conv

    def get(self, conv_id: str) -> Conversation:
        return Conversation(self, conv_id)

    async def close(self) -> None:
        await self.redis.aclose()

    async def delete(self, conv_id: str) -> bool:
        return bool(await self.redis.delete(self.key(conv_id)))

    async def list_recent(self, limit: int = 50) -> list[str]:
        """Conversation ids, most recently touched first (SCAN, so approximate)."""
        ids: list[tuple[float, str]] = []
        async for key in self.redis.scan_iter(match="conv:*", count=500):
            last = await self.redis.lindex(key, -1)
            ts = json.loads(last)["ts"] if last else 0.0
            ids.append((ts, key.split(":", 1)[1]))
        ids.sort(reverse=True)
        return [i for _, i in ids[:limit]]

    async def export(self, conv_id: str) -> dict:
        raw = await self.redis.lrange(self.key(conv_id), 0, -1)
        items = [json.loads(r) for r in raw]
        return {
            "id": conv_id,
            "messages": [{"role": m["role"], "content": m["content"]} for m in items],
            "started": items[0]["ts"] if items else None,
            "updated": items[-1]["ts"] if items else None,
        }
