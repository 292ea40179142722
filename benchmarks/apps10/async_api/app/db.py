"""Async SQLAlchemy setup, ORM models and the small repositories the routers use."""
from __future__ import annotations

import datetime as dt
import uuid
from typing import AsyncIterator, List, Optional

from sqlalchemy import JSON, DateTime, Integer, String, Text, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.config import settings

engine = create_async_engine(settings.database_url, pool_pre_ping=True, pool_size=10)
SessionLocal = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Ticket(Base):
    __tablename__ = "tickets"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    customer_id: Mapped[str] = mapped_column(String(64), index=True)
    subject: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    category: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)
    priority: Mapped[Optional[str]] = mapped_column(String(16), nullable=True)
    language: Mapped[Optional[str]] = mapped_column(String(8), nullable=True)
    summary: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


class KnowledgeArticle(Base):
    __tablename__ = "kb_articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    embedding: Mapped[Optional[list]] = mapped_column(JSON, nullable=True)
    embedding_model: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)


class BatchJob(Base):
    __tablename__ = "batch_jobs"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    provider: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32), default="submitted")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())


async def get_session() -> AsyncIterator[AsyncSession]:
    async with SessionLocal() as session:
        yield session


class TicketRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def get(self, ticket_id: str) -> Optional[Ticket]:
        return await self.session.get(Ticket, ticket_id)

    async def create(self, **fields) -> Ticket:
        ticket = Ticket(**fields)
        self.session.add(ticket)
        await self.session.commit()
        await self.session.refresh(ticket)
        return ticket

    async def update(self, ticket: Ticket, **fields) -> Ticket:
        for key, value in fields.items():
            setattr(ticket, key, value)
        await self.session.commit()
        return ticket

    async def recent(self, limit: int = 50) -> List[Ticket]:
        rows = await self.session.execute(select(Ticket).order_by(Ticket.created_at.desc()).limit(limit))
        return list(rows.scalars())


class ArticleRepository:
    def __init__(self, session: AsyncSession):
        self.session = session

    async def by_ids(self, ids: List[int]) -> List[KnowledgeArticle]:
        rows = await self.session.execute(select(KnowledgeArticle).where(KnowledgeArticle.id.in_(ids)))
        return list(rows.scalars())

    async def missing_embeddings(self, model: str, limit: int = 500) -> List[KnowledgeArticle]:
        stmt = (
            select(KnowledgeArticle)
            .where((KnowledgeArticle.embedding_model.is_(None)) | (KnowledgeArticle.embedding_model != model))
            .limit(limit)
        )
        rows = await self.session.execute(stmt)
        return list(rows.scalars())

    async def all_with_embeddings(self) -> List[KnowledgeArticle]:
        rows = await self.session.execute(select(KnowledgeArticle).where(KnowledgeArticle.embedding.is_not(None)))
        return list(rows.scalars())
