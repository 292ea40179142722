"""pgvector-backed passage index."""

from __future__ import annotations

import json
import os
from typing import Sequence

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, async_sessionmaker, create_async_engine

from lexsearch.interfaces import Passage

_SEARCH_SQL = text(
    """
    SELECT doc_id, chunk_id, body, citation, metadata,
           1 - (embedding <=> CAST(:vector AS vector)) AS score
    FROM passages
    WHERE tenant_id = :tenant_id
    ORDER BY embedding <=> CAST(:vector AS vector)
    LIMIT :k
    """
)

_BY_CITATION_SQL = text(
    """
    SELECT doc_id, chunk_id, body, citation, metadata, 1.0 AS score
    FROM passages
    WHERE tenant_id = :tenant_id AND citation LIKE :prefix
    ORDER BY chunk_id
    LIMIT 50
    """
)

_UPSERT_SQL = text(
    """
    INSERT INTO passages (tenant_id, doc_id, chunk_id, body, citation, metadata, embedding)
    VALUES (:tenant_id, :doc_id, :chunk_id, :body, :citation, CAST(:metadata AS jsonb),
            CAST(:vector AS vector))
    ON CONFLICT (tenant_id, chunk_id) DO UPDATE
    SET body = EXCLUDED.body, embedding = EXCLUDED.embedding, metadata = EXCLUDED.metadata
    """
)


def _vector_literal(vector: Sequence[float]) -> str:
    return "[" + ",".join(f"{x:.7f}" for x in vector) + "]"


class PgVectorIndex:
    def __init__(self, engine: AsyncEngine | None = None) -> None:
        self._engine = engine or create_async_engine(
            os.environ.get("DATABASE_URL", "postgresql+asyncpg://localhost/lexsearch"),
            pool_size=10,
        )
        self._sessions = async_sessionmaker(self._engine, expire_on_commit=False)

    async def search(
        self, vector: Sequence[float], tenant_id: str, k: int = 40
    ) -> list[Passage]:
        async with self._sessions() as session:
            result = await session.execute(
                _SEARCH_SQL, {"vector": _vector_literal(vector), "tenant_id": tenant_id, "k": k}
            )
            rows = result.mappings().all()
        return [
            Passage(
                doc_id=row["doc_id"],
                chunk_id=row["chunk_id"],
                text=row["body"],
                citation=row["citation"] or "",
                score=float(row["score"]),
                metadata=dict(row["metadata"] or {}),
            )
            for row in rows
        ]

    async def find_by_citation(self, citation_key: str, tenant_id: str) -> list[Passage]:
        async with self._sessions() as session:
            result = await session.execute(
                _BY_CITATION_SQL, {"tenant_id": tenant_id, "prefix": f"{citation_key}%"}
            )
            rows = result.mappings().all()
        return [
            Passage(
                doc_id=row["doc_id"],
                chunk_id=row["chunk_id"],
                text=row["body"],
                citation=row["citation"] or "",
                metadata=dict(row["metadata"] or {}),
            )
            for row in rows
        ]

    async def upsert(
        self, tenant_id: str, passages: Sequence[Passage], vectors: Sequence[Sequence[float]]
    ) -> None:
        params = [
            {
                "tenant_id": tenant_id,
                "doc_id": p.doc_id,
                "chunk_id": p.chunk_id,
                "body": p.text,
                "citation": p.citation,
                "metadata": json.dumps(p.metadata),
                "vector": _vector_literal(v),
            }
            for p, v in zip(passages, vectors)
        ]
        async with self._sessions.begin() as session:
            await session.execute(_UPSERT_SQL, params)
