"""Thin asyncpg-backed repositories.  Kept deliberately dumb."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Article:
    id: str
    title: str
    body: str


class ArticleRepository:
    def __init__(self, pool: Any) -> None:
        self.pool = pool

    async def nearest(self, vec: list[float], k: int = 20) -> list[Article]:
        rows = await self.pool.fetch(
            "SELECT id, title, body FROM articles ORDER BY embedding <=> $1 LIMIT $2", vec, k
        )
        return [Article(r["id"], r["title"], r["body"]) for r in rows]

    async def create(self, title: str, body: str, embedding: list[float] | None = None) -> Article:
        row = await self.pool.fetchrow(
            "INSERT INTO articles (title, body, embedding) VALUES ($1, $2, $3) RETURNING id",
            title, body, embedding,
        )
        return Article(row["id"], title, body)

    async def missing_embeddings(self, limit: int = 500) -> list[Article]:
        rows = await self.pool.fetch(
            "SELECT id, title, body FROM articles WHERE embedding IS NULL LIMIT $1", limit
        )
        return [Article(r["id"], r["title"], r["body"]) for r in rows]

    async def set_embedding(self, article_id: str, vec: list[float]) -> None:
        await self.pool.execute("UPDATE articles SET embedding = $1 WHERE id = $2", vec, article_id)


class TicketRepository:
    def __init__(self, pool: Any) -> None:
        self.pool = pool

    async def create(self, **fields) -> dict:
        cols = ", ".join(fields)
        params = ", ".join(f"${i}" for i in range(1, len(fields) + 1))
        row = await self.pool.fetchrow(
            f"INSERT INTO tickets ({cols}) VALUES ({params}) RETURNING *", *fields.values()
        )
        return dict(row)

    async def get(self, ticket_id: str) -> dict | None:
        row = await self.pool.fetchrow("SELECT * FROM tickets WHERE id = $1", ticket_id)
        return dict(row) if row else None

    async def thread(self, ticket_id: str) -> list[dict]:
        rows = await self.pool.fetch(
            "SELECT author, body FROM ticket_messages WHERE ticket_id = $1 ORDER BY created_at", ticket_id
        )
        return [dict(r) for r in rows]

    async def update(self, ticket_id: str, **fields) -> None:
        sets = ", ".join(f"{k} = ${i}" for i, k in enumerate(fields, start=2))
        await self.pool.execute(f"UPDATE tickets SET {sets} WHERE id = $1", ticket_id, *fields.values())
