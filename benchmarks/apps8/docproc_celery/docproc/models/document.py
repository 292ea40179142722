import enum
from datetime import datetime
from typing import List, Optional

from pgvector.sqlalchemy import Vector
from sqlalchemy import JSON, DateTime, Enum, ForeignKey, Integer, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from docproc.db import Base

EMBEDDING_DIMS = 1024


class DocumentStatus(str, enum.Enum):
    UPLOADED = "uploaded"
    EXTRACTED = "extracted"
    SUMMARIZED = "summarized"
    INDEXED = "indexed"
    FAILED = "failed"


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    matter_id: Mapped[int] = mapped_column(ForeignKey("matters.id"), index=True)
    s3_key: Mapped[str] = mapped_column(String(512))
    filename: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str] = mapped_column(String(128))
    language: Mapped[Optional[str]] = mapped_column(String(8), nullable=True)
    status: Mapped[DocumentStatus] = mapped_column(Enum(DocumentStatus), default=DocumentStatus.UPLOADED)
    page_count: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    text: Mapped[Optional[str]] = mapped_column(Text, nullable=True)

    doc_type: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)
    doc_type_confidence: Mapped[Optional[float]] = mapped_column(nullable=True)
    summary: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    headnote: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    parties: Mapped[Optional[dict]] = mapped_column(JSON, nullable=True)
    clauses: Mapped[Optional[list]] = mapped_column(JSON, nullable=True)
    privileged: Mapped[Optional[bool]] = mapped_column(nullable=True)

    error: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )

    matter = relationship("Matter", back_populates="documents")
    chunks: Mapped[List["DocumentChunk"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentChunk.ordinal"
    )

    @classmethod
    def get_or_404(cls, session: Session, document_id: int) -> "Document":
        from docproc.errors import DocumentNotFound

        doc = session.get(cls, document_id)
        if doc is None:
            raise DocumentNotFound(document_id)
        return doc

    def mark_failed(self, error: str) -> None:
        self.status = DocumentStatus.FAILED
        self.error = error[:4000]


class DocumentChunk(Base):
    __tablename__ = "document_chunks"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    page_start: Mapped[Optional[int]] = mapped_column(Integer, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    token_count: Mapped[int] = mapped_column(Integer, default=0)
    summary: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    embedding = mapped_column(Vector(EMBEDDING_DIMS), nullable=True)
    embedding_model: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)

    document: Mapped[Document] = relationship(back_populates="chunks")

    @classmethod
    def nearest(cls, session: Session, vector, *, matter_id: int, limit: int = 50):
        stmt = (
            select(cls)
            .join(Document)
            .where(Document.matter_id == matter_id, cls.embedding.is_not(None))
            .order_by(cls.embedding.cosine_distance(vector))
            .limit(limit)
        )
        return list(session.scalars(stmt))
