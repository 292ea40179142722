"""Tiny relational store for things that must outlive Redis (feedback, job audit)."""
from __future__ import annotations

import datetime as dt
import logging
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator, List, Optional

from sqlalchemy import DateTime, Integer, String, Text, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from assistant.config import get_settings

log = logging.getLogger(__name__)


class Base(DeclarativeBase):
    pass


class Feedback(Base):
    __tablename__ = "feedback"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    slack_user: Mapped[str] = mapped_column(String(32), index=True)
    channel: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    category: Mapped[Optional[str]] = mapped_column(String(32), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.utcnow)

    @classmethod
    def create(cls, session: Session, **fields) -> "Feedback":
        row = cls(**fields)
        session.add(row)
        session.flush()
        return row


class JobRun(Base):
    __tablename__ = "job_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job: Mapped[str] = mapped_column(String(64), index=True)
    status: Mapped[str] = mapped_column(String(16))
    detail: Mapped[Optional[str]] = mapped_column(Text, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=dt.datetime.utcnow)


@lru_cache(maxsize=1)
def _session_factory() -> sessionmaker:
    engine = create_engine(get_settings().database_url, pool_pre_ping=True)
    Base.metadata.create_all(engine)
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope() -> Iterator[Session]:
    session = _session_factory()()
    try:
        yield session
        session.commit()
    except Exception:
        session.rollback()
        raise
    finally:
        session.close()


def record_feedback(slack_user: str, channel: str, text: str) -> int:
    with session_scope() as session:
        row = Feedback.create(session, slack_user=slack_user, channel=channel, text=text)
        return row.id


def uncategorized_feedback(limit: int = 500) -> List[Feedback]:
    with session_scope() as session:
        stmt = select(Feedback).where(Feedback.category.is_(None)).order_by(Feedback.id).limit(limit)
        return list(session.scalars(stmt))


def set_categories(categories: dict) -> None:
    with session_scope() as session:
        for fid, category in categories.items():
            row = session.get(Feedback, int(fid))
            if row is not None:
                row.category = category


def log_job(job: str, status: str, detail: str = "") -> None:
    with session_scope() as session:
        session.add(JobRun(job=job, status=status, detail=detail[:2000]))
