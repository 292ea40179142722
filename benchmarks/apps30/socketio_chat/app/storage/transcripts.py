"""Conversation transcript storage (asyncpg)."""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

import asyncpg


@dataclass
class ChatMessage:
    conversation_id: str
    role: str
    content: str
    author_id: str | None = None
    created_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.timezone.utc))
    meta: dict[str, Any] = field(default_factory=dict)


class TranscriptStore:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self.pool = pool

    @classmethod
    async def create(cls, dsn: str) -> "TranscriptStore":
        pool = await asyncpg.create_pool(dsn, min_size=1, max_size=10)
        return cls(pool)

    async def open_conversation(self, customer_id: str, channel: str = "web") -> str:
        conv_id = uuid.uuid4().hex
        await self.pool.execute(
            "INSERT INTO conversations (id, customer_id, channel, status) VALUES ($1, $2, $3, 'open')",
            conv_id, customer_id, channel,
        )
        return conv_id

    async def append(self, msg: ChatMessage) -> None:
        await self.pool.execute(
            "INSERT INTO messages (conversation_id, role, content, author_id, created_at, meta) "
            "VALUES ($1, $2, $3, $4, $5, $6)",
            msg.conversation_id, msg.role, msg.content, msg.author_id, msg.created_at,
            json.dumps(msg.meta),
        )

    async def history(self, conversation_id: str, limit: int = 50) -> list[dict[str, str]]:
        rows = await self.pool.fetch(
            "SELECT role, content FROM messages WHERE conversation_id = $1 "
            "ORDER BY created_at DESC LIMIT $2",
            conversation_id, limit,
        )
        return [{"role": r["role"], "content": r["content"]} for r in reversed(rows)]

    async def set_summary(self, conversation_id: str, summary: str) -> None:
        await self.pool.execute(
            "UPDATE conversations SET summary = $2, summarized_at = now() WHERE id = $1",
            conversation_id, summary,
        )

    async def set_triage(self, conversation_id: str, category: str, priority: str) -> None:
        await self.pool.execute(
            "UPDATE conversations SET category = $2, priority = $3 WHERE id = $1",
            conversation_id, category, priority,
        )

    async def stale_open_conversations(self, older_than_s: int) -> list[str]:
        rows = await self.pool.fetch(
            "SELECT id FROM conversations WHERE status = 'open' "
            "AND (summarized_at IS NULL OR summarized_at < now() - make_interval(secs => $1))",
            older_than_s,
        )
        return [r["id"] for r in rows]

    async def close(self, conversation_id: str) -> None:
        await self.pool.execute(
            "UPDATE conversations SET status = 'closed', closed_at = now() WHERE id = $1",
            conversation_id,
        )

    async def conversation(self, conversation_id: str) -> dict[str, Any] | None:
        row = await self.pool.fetchrow(
            "SELECT id, customer_id, channel, status, category, priority, summary, csat "
            "FROM conversations WHERE id = $1",
            conversation_id,
        )
        return dict(row) if row else None

    async def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        rows = await self.pool.fetch(
            "SELECT DISTINCT c.id, c.summary, c.category FROM conversations c "
            "JOIN messages m ON m.conversation_id = c.id "
            "WHERE m.content ILIKE '%' || $1 || '%' ORDER BY c.id DESC LIMIT $2",
            text, limit,
        )
        return [dict(r) for r in rows]

    async def stats(self) -> dict[str, Any]:
        row = await self.pool.fetchrow(
            "SELECT count(*) FILTER (WHERE status = 'open') AS open, "
            "count(*) FILTER (WHERE status = 'closed') AS closed, "
            "avg(csat) AS csat FROM conversations WHERE created_at > now() - interval '7 days'"
        )
        return {"open": row["open"], "closed": row["closed"],
                "csat": float(row["csat"]) if row["csat"] is not None else None}
