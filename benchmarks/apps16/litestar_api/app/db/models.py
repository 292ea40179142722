from __future__ import annotations

import enum
import uuid
from datetime import datetime, timezone
from typing import List, Optional

from pgvector.sqlalchemy import Vector
from sqlalchemy import DateTime, Enum, ForeignKey, Integer, MetaData, String, Text, func
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION, schema="workspace")


class TimestampedMixin:
    id: Mapped[uuid.UUID] = mapped_column(UUID(as_uuid=True), primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=utcnow
    )


EMBEDDING_DIM = 1024


class MatterStatus(str, enum.Enum):
    OPEN = "open"
    ON_HOLD = "on_hold"
    CLOSED = "closed"


class DocumentKind(str, enum.Enum):
    CONTRACT = "contract"
    PLEADING = "pleading"
    CORRESPONDENCE = "correspondence"
    DEPOSITION = "deposition"
    OTHER = "other"


class Matter(TimestampedMixin, Base):
    __tablename__ = "matters"

    client_name: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(500))
    matter_number: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[MatterStatus] = mapped_column(Enum(MatterStatus), default=MatterStatus.OPEN)
    practice_area: Mapped[Optional[str]] = mapped_column(String(64))
    summary: Mapped[Optional[str]] = mapped_column(Text)

    documents: Mapped[List["Document"]] = relationship(back_populates="matter", lazy="selectin")


class Document(TimestampedMixin, Base):
    __tablename__ = "documents"

    matter_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspace.matters.id", ondelete="CASCADE"))
    filename: Mapped[str] = mapped_column(String(512))
    s3_key: Mapped[str] = mapped_column(String(1024))
    kind: Mapped[DocumentKind] = mapped_column(Enum(DocumentKind), default=DocumentKind.OTHER)
    content_type: Mapped[str] = mapped_column(String(128))
    page_count: Mapped[Optional[int]] = mapped_column(Integer)
    text: Mapped[Optional[str]] = mapped_column(Text)
    suggested_title: Mapped[Optional[str]] = mapped_column(String(500))
    ingest_status: Mapped[str] = mapped_column(String(32), default="pending")

    matter: Mapped[Matter] = relationship(back_populates="documents")
    chunks: Mapped[List["DocumentChunk"]] = relationship(back_populates="document", cascade="all, delete-orphan")


class DocumentChunk(TimestampedMixin, Base):
    __tablename__ = "document_chunks"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspace.documents.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    embedding: Mapped[Optional[list]] = mapped_column(Vector(EMBEDDING_DIM))

    document: Mapped[Document] = relationship(back_populates="chunks")


class ClauseFinding(TimestampedMixin, Base):
    __tablename__ = "clause_findings"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspace.documents.id", ondelete="CASCADE"))
    clause_type: Mapped[str] = mapped_column(String(64))
    excerpt: Mapped[str] = mapped_column(Text)
    risk_level: Mapped[str] = mapped_column(String(16))
    rationale: Mapped[Optional[str]] = mapped_column(Text)
    extra: Mapped[dict] = mapped_column(JSONB, default=dict)


class Transcript(TimestampedMixin, Base):
    __tablename__ = "transcripts"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspace.documents.id", ondelete="CASCADE"))
    language: Mapped[Optional[str]] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    segments: Mapped[list] = mapped_column(JSONB, default=list)
    summary: Mapped[Optional[str]] = mapped_column(Text)


class PrivilegeEntry(TimestampedMixin, Base):
    __tablename__ = "privilege_log_entries"

    document_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("workspace.documents.id", ondelete="CASCADE"))
    basis: Mapped[str] = mapped_column(String(64))
    description: Mapped[str] = mapped_column(Text)
    confidence: Mapped[Optional[float]]
    reviewed: Mapped[bool] = mapped_column(default=False)
