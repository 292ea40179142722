from __future__ import annotations

import json
from datetime import datetime
from typing import Any, Optional

from sqlalchemy import JSON, DateTime, Float, Integer, String, Text, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from botkit.config import get_settings


class Base(DeclarativeBase):
    pass


class LLMUsageLog(Base):
    __tablename__ = "llm_usage_logs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)
    provider: Mapped[str] = mapped_column(String(40))
    model: Mapped[str] = mapped_column(String(120))
    feature_context: Mapped[str] = mapped_column(String(80))
    input_tokens: Mapped[int] = mapped_column(Integer, default=0)
    output_tokens: Mapped[int] = mapped_column(Integer, default=0)
    latency_ms: Mapped[float] = mapped_column(Float, default=0.0)
    success: Mapped[bool] = mapped_column(default=True)
    error: Mapped[Optional[str]] = mapped_column(Text, nullable=True)


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opened_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)
    channel_id: Mapped[str] = mapped_column(String(40))
    severity: Mapped[str] = mapped_column(String(8))
    title: Mapped[str] = mapped_column(String(200))
    triage: Mapped[dict] = mapped_column(JSON, default=dict)


class Kudos(Base):
    __tablename__ = "kudos"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=datetime.utcnow)
    giver: Mapped[str] = mapped_column(String(40))
    receiver: Mapped[str] = mapped_column(String(40))
    reason: Mapped[str] = mapped_column(Text)


_engine = None
_Session: Optional[sessionmaker] = None


def session() -> Session:
    global _engine, _Session
    if _Session is None:
        _engine = create_engine(get_settings().database_url, future=True)
        Base.metadata.create_all(_engine)
        _Session = sessionmaker(_engine, expire_on_commit=False)
    return _Session()


class _Repository:
    model: type

    def create(self, **fields: Any):
        with session() as s:
            obj = self.model(**fields)
            s.add(obj)
            s.commit()
            return obj

    def get(self, pk: int):
        with session() as s:
            return s.get(self.model, pk)


class IncidentRepository(_Repository):
    model = Incident

    def open_in_channel(self, channel_id: str) -> list[Incident]:
        with session() as s:
            return list(s.scalars(select(Incident).where(Incident.channel_id == channel_id)))


class KudosRepository(_Repository):
    model = Kudos

    def count_for(self, user_id: str) -> int:
        with session() as s:
            return len(list(s.scalars(select(Kudos).where(Kudos.receiver == user_id))))


class UsageLogRepository(_Repository):
    model = LLMUsageLog

    def record(self, log: Any) -> None:
        self.create(
            provider=log.provider,
            model=log.model,
            feature_context=log.feature_context,
            input_tokens=log.input_tokens,
            output_tokens=log.output_tokens,
            latency_ms=log.latency_ms,
            success=log.success,
            error=log.error,
        )


def dump(obj: Any) -> str:
    return json.dumps(obj, default=str)
