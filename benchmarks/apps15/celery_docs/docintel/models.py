"""SQLAlchemy models.

Alembic migrations live in the infra repo; keep this file in sync with them.
"""
import enum
import uuid
from datetime import datetime
from typing import Any, Dict, List, Optional

from sqlalchemy import JSON, DateTime, Enum, Float, ForeignKey, Integer, String, Text, func
from sqlalchemy.orm import Mapped, Session, mapped_column, relationship

from docintel.core.db import Base


def _uuid() -> str:
    return str(uuid.uuid4())


class DocType(str, enum.Enum):
    CONTRACT = "contract"
    INVOICE = "invoice"
    CLAIM = "claim"
    CORRESPONDENCE = "correspondence"
    UNKNOWN = "unknown"


class DocStatus(str, enum.Enum):
    RECEIVED = "received"
    OCR_DONE = "ocr_done"
    CLASSIFIED = "classified"
    EXTRACTED = "extracted"
    INDEXED = "indexed"
    FAILED = "failed"
    NEEDS_REVIEW = "needs_review"


class Tenant(Base):
    __tablename__ = "tenants"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    summary_provider: Mapped[str] = mapped_column(String(32), default="watsonx")
    data_residency: Mapped[bool] = mapped_column(default=False)


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=_uuid)
    tenant_id: Mapped[str] = mapped_column(ForeignKey("tenants.id"), index=True)
    s3_key: Mapped[str] = mapped_column(String(512))
    filename: Mapped[str] = mapped_column(String(512))
    doc_type: Mapped[DocType] = mapped_column(Enum(DocType), default=DocType.UNKNOWN)
    status: Mapped[DocStatus] = mapped_column(Enum(DocStatus), default=DocStatus.RECEIVED)
    page_count: Mapped[int] = mapped_column(Integer, default=0)
    classification_confidence: Mapped[Optional[float]] = mapped_column(Float, nullable=True)
    claim_number: Mapped[Optional[str]] = mapped_column(String(64), nullable=True, index=True)
    error: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now()
    )

    tenant: Mapped[Tenant] = relationship()
    pages: Mapped[List["Page"]] = relationship(back_populates="document", order_by="Page.number")
    extractions: Mapped[List["ExtractionResult"]] = relationship(back_populates="document")

    @property
    def full_text(self) -> str:
        return "\n\n".join(p.text or "" for p in self.pages)


class Page(Base):
    __tablename__ = "pages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    image_key: Mapped[Optional[str]] = mapped_column(String(512), nullable=True)
    label: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)
    summary: Mapped[Optional[str]] = mapped_column(Text, nullable=True)

    document: Mapped[Document] = relationship(back_populates="pages")


class Chunk(Base):
    __tablename__ = "chunks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    ordinal: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    embedding_model: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)
    # pgvector column is added by migration 0031; we store a JSON copy for the admin
    embedding: Mapped[Optional[List[float]]] = mapped_column(JSON, nullable=True)


class ExtractionResult(Base):
    __tablename__ = "extraction_results"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=_uuid)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    schema_name: Mapped[str] = mapped_column(String(64))
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    model: Mapped[str] = mapped_column(String(128))
    fields: Mapped[Dict[str, Any]] = mapped_column(JSON, default=dict)
    confidence: Mapped[Optional[float]] = mapped_column(Float, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    document: Mapped[Document] = relationship(back_populates="extractions")

    @classmethod
    def create(cls, session: Session, **values: Any) -> "ExtractionResult":
        obj = cls(**values)
        session.add(obj)
        session.flush()
        return obj


class JobState(str, enum.Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class ProcessingJob(Base):
    __tablename__ = "processing_jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=_uuid)
    document_id: Mapped[Optional[str]] = mapped_column(ForeignKey("documents.id"), nullable=True, index=True)
    kind: Mapped[str] = mapped_column(String(64))
    state: Mapped[JobState] = mapped_column(Enum(JobState), default=JobState.PENDING)
    external_id: Mapped[Optional[str]] = mapped_column(String(128), nullable=True)
    total_items: Mapped[int] = mapped_column(Integer, default=0)
    completed_items: Mapped[int] = mapped_column(Integer, default=0)
    detail: Mapped[Optional[Dict[str, Any]]] = mapped_column(JSON, nullable=True)
    started_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True), nullable=True)
    finished_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True), nullable=True)

    @property
    def completion(self) -> float:
        if not self.total_items:
            return 0.0
        return self.completed_items / self.total_items

    def record_completion(self, state: JobState = JobState.DONE, detail: Optional[dict] = None) -> None:
        self.state = state
        self.finished_at = datetime.utcnow()
        if detail:
            self.detail = {**(self.detail or {}), **detail}


class LlmUsageLog(Base):
    __tablename__ = "llm_usage_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    provider: Mapped[str] = mapped_column(String(32))
    model: Mapped[str] = mapped_column(String(128))
    feature_context: Mapped[str] = mapped_column(String(64))
    tenant_id: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[int] = mapped_column(Integer, default=0)
    success: Mapped[bool] = mapped_column(default=True)
    error: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
