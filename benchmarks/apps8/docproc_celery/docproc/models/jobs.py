import enum
from datetime import datetime
from typing import Optional

from sqlalchemy import JSON, DateTime, Enum, ForeignKey, String, Text, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from docproc.db import Base


class JobState(str, enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class ProcessingJob(Base):
    __tablename__ = "processing_jobs"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    state: Mapped[JobState] = mapped_column(Enum(JobState), default=JobState.QUEUED)
    celery_task_id: Mapped[Optional[str]] = mapped_column(String(64), nullable=True)
    detail: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    finished_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True), nullable=True)

    @classmethod
    def create(cls, session: Session, *, document_id: int, kind: str, celery_task_id: str = None) -> "ProcessingJob":
        job = cls(document_id=document_id, kind=kind, celery_task_id=celery_task_id)
        session.add(job)
        session.flush()
        return job

    def finish(self, ok: bool = True, detail: str = None) -> None:
        self.state = JobState.DONE if ok else JobState.FAILED
        self.detail = detail
        self.finished_at = datetime.utcnow()


class BatchRun(Base):
    """Provider-side batch jobs (OpenAI Batch API, Anthropic message batches)."""

    __tablename__ = "batch_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    provider: Mapped[str] = mapped_column(String(32))
    external_id: Mapped[str] = mapped_column(String(128), unique=True)
    purpose: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(32), default="submitted")
    document_ids: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())
    completed_at: Mapped[Optional[datetime]] = mapped_column(DateTime(timezone=True), nullable=True)

    @classmethod
    def create(cls, session: Session, **fields) -> "BatchRun":
        run = cls(**fields)
        session.add(run)
        session.flush()
        return run

    @classmethod
    def pending(cls, session: Session, provider: str):
        stmt = select(cls).where(cls.provider == provider, cls.status.in_(("submitted", "in_progress")))
        return list(session.scalars(stmt))
