"""Thin repositories over AsyncSession.

We looked at advanced_alchemy's SQLAlchemyAsyncRepository but most of our queries are
matter-scoped and the generic one didn't buy us much.
"""
from __future__ import annotations

import uuid
from typing import Any, Generic, List, Optional, Sequence, Type, TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.db.models import Base, ClauseFinding, Document, DocumentChunk, Matter, PrivilegeEntry, Transcript
from app.exceptions import NotFoundError

ModelT = TypeVar("ModelT", bound=Base)


class Repository(Generic[ModelT]):
    model: Type[ModelT]

    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def get(self, item_id: uuid.UUID) -> ModelT:
        obj = await self.session.get(self.model, item_id)
        if obj is None:
            raise NotFoundError(f"{self.model.__name__} {item_id} not found")
        return obj

    async def get_or_none(self, item_id: uuid.UUID) -> Optional[ModelT]:
        return await self.session.get(self.model, item_id)

    async def create(self, **values: Any) -> ModelT:
        obj = self.model(**values)
        self.session.add(obj)
        await self.session.flush()
        return obj

    async def create_many(self, rows: Sequence[dict]) -> List[ModelT]:
        objs = [self.model(**row) for row in rows]
        self.session.add_all(objs)
        await self.session.flush()
        return objs

    async def update(self, obj: ModelT, **values: Any) -> ModelT:
        for key, value in values.items():
            setattr(obj, key, value)
        await self.session.flush()
        return obj


class MatterRepository(Repository[Matter]):
    model = Matter

    async def list_open(self, limit: int = 50, offset: int = 0) -> Sequence[Matter]:
        stmt = select(Matter).where(Matter.status == "open").order_by(Matter.created_at.desc())
        result = await self.session.scalars(stmt.limit(limit).offset(offset))
        return result.all()


class DocumentRepository(Repository[Document]):
    model = Document

    async def list_for_matter(self, matter_id: uuid.UUID) -> Sequence[Document]:
        result = await self.session.scalars(select(Document).where(Document.matter_id == matter_id))
        return result.all()


class ChunkRepository(Repository[DocumentChunk]):
    model = DocumentChunk

    async def nearest(
        self, matter_id: uuid.UUID, vector: List[float], limit: int = 40
    ) -> Sequence[DocumentChunk]:
        stmt = (
            select(DocumentChunk)
            .join(Document)
            .where(Document.matter_id == matter_id)
            .order_by(DocumentChunk.embedding.cosine_distance(vector))
            .limit(limit)
        )
        result = await self.session.scalars(stmt)
        return result.all()


class ClauseRepository(Repository[ClauseFinding]):
    model = ClauseFinding


class TranscriptRepository(Repository[Transcript]):
    model = Transcript


class PrivilegeRepository(Repository[PrivilegeEntry]):
    model = PrivilegeEntry
