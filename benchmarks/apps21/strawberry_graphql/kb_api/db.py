from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Sequence

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kb_api.config import get_settings

if TYPE_CHECKING:
    from kb_api.services.llm_usage_tracker import UsageLog


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    space_id: Mapped[str] = mapped_column(String(36), index=True)
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text, nullable=True)
    tags: Mapped[list] = mapped_column(JSON, default=list)
    author_id: Mapped[str] = mapped_column(String(36))
    cover_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=lambda: dt.datetime.now(dt.UTC))
    indexed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class ChunkRow(Base):
    __tablename__ = "chunks"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=lambda: str(uuid.uuid4()))
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    embedding: Mapped[list] = mapped_column(JSON)  # pgvector in prod via migration 0007


class UserRow(Base):
    __tablename__ = "users"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    email: Mapped[str] = mapped_column(String(200), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20), default="reader")


_engine = create_async_engine(get_settings().database_url, pool_pre_ping=True)
SessionLocal = async_sessionmaker(_engine, expire_on_commit=False)


@dataclass
class ArticleRepository:
    session: AsyncSession
    _pending: list = field(default_factory=list)

    async def get_many(self, ids: Sequence[str]) -> list[ArticleRow]:
        rows = (await self.session.execute(select(ArticleRow).where(ArticleRow.id.in_(ids)))).scalars().all()
        return list(rows)

    async def get(self, article_id: str) -> ArticleRow | None:
        return await self.session.get(ArticleRow, article_id)

    async def list_space(self, space_id: str, limit: int = 50, offset: int = 0) -> list[ArticleRow]:
        stmt = (
            select(ArticleRow)
            .where(ArticleRow.space_id == space_id)
            .order_by(ArticleRow.updated_at.desc())
            .limit(limit)
            .offset(offset)
        )
        return list((await self.session.execute(stmt)).scalars().all())

    async def create(self, *, space_id: str, title: str, body: str, author_id: str) -> ArticleRow:
        row = ArticleRow(space_id=space_id, title=title, body=body, author_id=author_id)
        self.session.add(row)
        await self.session.flush()
        return row

    async def update(self, article_id: str, **fields) -> ArticleRow | None:
        row = await self.get(article_id)
        if row is None:
            return None
        for k, v in fields.items():
            setattr(row, k, v)
        row.updated_at = dt.datetime.now(dt.UTC)
        await self.session.flush()
        return row

    async def pending_index(self, limit: int) -> list[ArticleRow]:
        stmt = (
            select(ArticleRow)
            .where((ArticleRow.indexed_at.is_(None)) | (ArticleRow.indexed_at < ArticleRow.updated_at))
            .limit(limit)
        )
        return list((await self.session.execute(stmt)).scalars().all())


@dataclass
class ChunkRepository:
    session: AsyncSession

    async def replace_for_article(self, article_id: str, chunks: list[tuple[str, list[float]]]) -> None:
        await self.session.execute(ChunkRow.__table__.delete().where(ChunkRow.article_id == article_id))
        for i, (text, emb) in enumerate(chunks):
            self.session.add(ChunkRow(article_id=article_id, ordinal=i, text=text, embedding=emb))
        await self.session.flush()

    async def nearest(self, embedding: list[float], k: int = 8) -> list[ChunkRow]:
        # Prod uses pgvector's <=> operator via a raw statement; see migrations.
        stmt = select(ChunkRow).order_by(ChunkRow.embedding.cosine_distance(embedding)).limit(k)  # type: ignore[attr-defined]
        return list((await self.session.execute(stmt)).scalars().all())


@dataclass
class UserRepository:
    session: AsyncSession

    async def get_many(self, ids: Sequence[str]) -> list[UserRow]:
        return list((await self.session.execute(select(UserRow).where(UserRow.id.in_(ids)))).scalars().all())


_INSERT_USAGE = text(
    """
    INSERT INTO llm_usage_logs (id, provider, model, feature_context, tenant_id,
                                input_tokens, output_tokens, latency_ms, success, error, cost_usd)
    VALUES (:id, :provider, :model, :feature_context, :tenant_id,
            :input_tokens, :output_tokens, :latency_ms, :success, :error, :cost_usd)
    """
)


async def persist_usage_log(log: "UsageLog") -> None:
    async with SessionLocal() as session:
        await session.execute(
            _INSERT_USAGE,
            {
                "id": log.id,
                "provider": log.provider,
                "model": log.model,
                "feature_context": log.feature_context,
                "tenant_id": log.tenant_id,
                "input_tokens": log.input_tokens,
                "output_tokens": log.output_tokens,
                "latency_ms": log.latency_ms,
                "success": log.success,
                "error": log.error,
                "cost_usd": log.cost_usd,
            },
        )
        await session.commit()
