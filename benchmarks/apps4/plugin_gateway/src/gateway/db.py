"""Persistence: request audit log, documents waiting for embeddings, vectors."""
from __future__ import annotations

import uuid
from datetime import datetime
from typing import AsyncIterator, List, Optional, Sequence

from sqlalchemy import JSON, DateTime, Integer, String, Text, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from gateway.config import get_settings

_engine = create_async_engine(get_settings().database_url, pool_pre_ping=True, pool_size=10)
SessionLocal = async_sessionmaker(_engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class RequestAudit(Base):
    __tablename__ = "request_audit"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    request_id: Mapped[str] = mapped_column(String(64), index=True)
    team: Mapped[str] = mapped_column(String(64), index=True)
    provider: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(128))
    route: Mapped[str] = mapped_column(String(64))
    status: Mapped[int] = mapped_column(Integer)
    latency_ms: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    collection: Mapped[str] = mapped_column(String(64), index=True)
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EmbeddingRow(Base):
    __tablename__ = "embeddings"

    document_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    model: Mapped[str] = mapped_column(String(128), primary_key=True)
    vector: Mapped[list] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        yield session


class AuditRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def create(self, **fields) -> RequestAudit:
        row = RequestAudit(**fields)
        self._session.add(row)
        await self._session.commit()
        return row


class DocumentRepository:
    def __init__(self, session: AsyncSession) -> None:
        self._session = session

    async def pending(self, collection: str, since: Optional[datetime] = None) -> List[Document]:
        stmt = select(Document).where(Document.collection == collection)
        if since is not None:
            stmt = stmt.where(Document.updated_at >= since)
        result = await self._session.execute(stmt.order_by(Document.id))
        return list(result.scalars())

    async def save_vectors(self, model: str, pairs: Sequence[tuple]) -> None:
        for doc_id, vector in pairs:
            await self._session.merge(EmbeddingRow(document_id=doc_id, model=model, vector=vector))
        await self._session.commit()
