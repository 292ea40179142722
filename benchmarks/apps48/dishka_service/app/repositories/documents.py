from __future__ import annotations

from uuid import UUID

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.models import Document


class DocumentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def create(self, doc: Document) -> Document:
        await self._session.execute(
            text(
                "INSERT INTO documents (id, title, body, source, created_at) "
                "VALUES (:id, :title, :body, :source, :created_at)"
            ),
            {
                "id": doc.id,
                "title": doc.title,
                "body": doc.text,
                "source": doc.source,
                "created_at": doc.created_at,
            },
        )
        await self._session.commit()
        return doc

    async def get(self, doc_id: UUID) -> Document | None:
        row = (
            await self._session.execute(
                text("SELECT id, title, body, source, created_at, summary FROM documents WHERE id = :id"),
                {"id": doc_id},
            )
        ).first()
        if row is None:
            return None
        return Document(
            id=row.id, title=row.title, text=row.body, source=row.source,
            created_at=row.created_at, summary=row.summary,
        )

    async def set_summary(self, doc_id: UUID, summary: str) -> None:
        await self._session.execute(
            text("UPDATE documents SET summary = :s WHERE id = :id"), {"s": summary, "id": doc_id}
        )
        await self._session.commit()

    async def set_topics(self, doc_id: UUID, topics: list[str]) -> None:
        await self._session.execute(
            text("UPDATE documents SET topics = :t WHERE id = :id"), {"t": topics, "id": doc_id}
        )
        await self._session.commit()

    async def pending_embedding(self, limit: int = 50) -> list[Document]:
        rows = (
            await self._session.execute(
                text("SELECT id, title, body, source, created_at FROM documents "
                     "WHERE embedded_at IS NULL ORDER BY created_at LIMIT :n"),
                {"n": limit},
            )
        ).all()
        return [Document(id=r.id, title=r.title, text=r.body, source=r.source, created_at=r.created_at) for r in rows]

    async def mark_embedded(self, doc_id: UUID) -> None:
        await self._session.execute(
            text("UPDATE documents SET embedded_at = now() WHERE id = :id"), {"id": doc_id}
        )
        await self._session.commit()
