"""Thin asyncpg repositories. Scoped per request via the DI container."""
from __future__ import annotations

import json
from typing import Any

from lexbrief.models import DocumentChunk, Matter


class Database:
    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self.pool = None

    async def connect(self) -> None:
        import asyncpg

        self.pool = await asyncpg.create_pool(self.dsn, min_size=1, max_size=10)

    async def close(self) -> None:
        if self.pool is not None:
            await self.pool.close()


class MatterRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def create(self, matter: Matter) -> Matter:
        async with self.db.pool.acquire() as conn:
            await conn.execute(
                "INSERT INTO matters (id, name, client_name, created_at, tags) VALUES ($1,$2,$3,$4,$5)",
                matter.id,
                matter.name,
                matter.client_name,
                matter.created_at,
                matter.tags,
            )
        return matter

    async def get(self, matter_id: str) -> Matter | None:
        async with self.db.pool.acquire() as conn:
            row = await conn.fetchrow("SELECT * FROM matters WHERE id = $1", matter_id)
        return Matter(**dict(row)) if row else None

    async def recent_activity(self, matter_id: str, limit: int = 50) -> list[dict[str, Any]]:
        async with self.db.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT kind, payload, created_at FROM matter_events WHERE matter_id=$1 ORDER BY created_at DESC LIMIT $2",
                matter_id,
                limit,
            )
        return [dict(r) for r in rows]

    async def active_matter_ids(self) -> list[str]:
        async with self.db.pool.acquire() as conn:
            rows = await conn.fetch("SELECT id FROM matters WHERE archived = false")
        return [r["id"] for r in rows]


class ChunkRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def save_embeddings(self, chunks: list[DocumentChunk]) -> None:
        async with self.db.pool.acquire() as conn:
            await conn.executemany(
                "UPDATE chunks SET embedding=$3 WHERE doc_id=$1 AND ordinal=$2",
                [(c.doc_id, c.ordinal, json.dumps(c.embedding)) for c in chunks],
            )

    async def missing_embeddings(self, limit: int = 256) -> list[DocumentChunk]:
        async with self.db.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT doc_id, ordinal, text FROM chunks WHERE embedding IS NULL LIMIT $1", limit
            )
        return [DocumentChunk(doc_id=r["doc_id"], ordinal=r["ordinal"], text=r["text"]) for r in rows]

    async def nearest(self, vector: list[float], limit: int = 40) -> list[dict[str, Any]]:
        async with self.db.pool.acquire() as conn:
            rows = await conn.fetch(
                "SELECT doc_id, title, text FROM chunks ORDER BY embedding <=> $1 LIMIT $2",
                json.dumps(vector),
                limit,
            )
        return [dict(r) for r in rows]
