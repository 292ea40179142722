"""Thin async wrapper around the warehouse (Postgres + pgvector)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import asyncpg


@dataclass
class WarehouseClient:
    dsn: str
    _pool: asyncpg.Pool | None = None

    @classmethod
    def from_dsn(cls, dsn: str) -> "WarehouseClient":
        return cls(dsn=dsn)

    async def pool(self) -> asyncpg.Pool:
        if self._pool is None:
            self._pool = await asyncpg.create_pool(self.dsn, min_size=1, max_size=5)
        return self._pool

    async def upsert_vectors(self, namespace: str, doc_id: str, vectors: list[list[float]]) -> None:
        pool = await self.pool()
        async with pool.acquire() as conn:
            await conn.executemany(
                "INSERT INTO semantic.vectors (namespace, doc_id, idx, embedding) VALUES ($1, $2, $3, $4) "
                "ON CONFLICT (namespace, doc_id, idx) DO UPDATE SET embedding = EXCLUDED.embedding",
                [(namespace, doc_id, i, v) for i, v in enumerate(vectors)],
            )

    async def create(self, table: str, row: dict[str, Any]) -> None:
        cols = ", ".join(row)
        params = ", ".join(f"${i + 1}" for i in range(len(row)))
        pool = await self.pool()
        await pool.execute(f"INSERT INTO {table} ({cols}) VALUES ({params})", *row.values())


class JobRegistry:
    """In-memory registry of backfill jobs (admin API)."""

    def __init__(self) -> None:
        self._jobs: dict[str, dict[str, Any]] = {}

    def create(self, job_id: str, **meta: Any) -> dict[str, Any]:
        self._jobs[job_id] = {"status": "queued", **meta}
        return self._jobs[job_id]

    def get(self, job_id: str) -> dict[str, Any] | None:
        return self._jobs.get(job_id)

    def all(self) -> list[dict[str, Any]]:
        return list(self._jobs.values())
