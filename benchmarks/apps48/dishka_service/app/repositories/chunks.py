from __future__ import annotations

from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.models import Chunk, ScoredChunk


class ChunkRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def bulk_create(self, chunks: list[Chunk]) -> None:
        await self._session.execute(
            text(
                "INSERT INTO chunks (id, document_id, ordinal, body, embedding) "
                "VALUES (:id, :document_id, :ordinal, :body, :embedding)"
            ),
            [
                {
                    "id": c.id,
                    "document_id": c.document_id,
                    "ordinal": c.ordinal,
                    "body": c.text,
                    "embedding": c.embedding,
                }
                for c in chunks
            ],
        )
        await self._session.commit()

    async def nearest(
        self, vector: list[float], k: int = 8, document_ids: list[UUID] | None = None
    ) -> list[ScoredChunk]:
        sql = (
            "SELECT id, document_id, ordinal, body, 1 - (embedding <=> :v) AS score "
            "FROM chunks {where} ORDER BY embedding <=> :v LIMIT :k"
        )
        params: dict = {"v": str(vector), "k": k}
        where = ""
        if document_ids:
            where = "WHERE document_id = ANY(:ids)"
            params["ids"] = list(document_ids)
        rows = (await self._session.execute(text(sql.format(where=where)), params)).all()
        return [
            ScoredChunk(Chunk(id=r.id, document_id=r.document_id, ordinal=r.ordinal, text=r.body), r.score)
            for r in rows
        ]

    async def for_document(self, document_id: UUID) -> list[Chunk]:
        rows = (
            await self._session.execute(
                text("SELECT id, document_id, ordinal, body FROM chunks WHERE document_id = :d ORDER BY ordinal"),
                {"d": document_id},
            )
        ).all()
        return [Chunk(id=r.id, document_id=r.document_id, ordinal=r.ordinal, text=r.body) for r in rows]
