"""Per-call usage logging for the FinOps dashboard (`/finops/llm-costs`)."""
from __future__ import annotations

import contextlib
import time
import uuid
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from sqlalchemy import Column, DateTime, Float, Integer, String, func, insert
from sqlalchemy.orm import declarative_base

from common.db import async_session
from common.logging_setup import get_logger

log = get_logger(__name__)
Base = declarative_base()


class LLMUsageLog(Base):
    __tablename__ = "llm_usage_logs"
    __table_args__ = {"schema": "tools"}

    id = Column(String(36), primary_key=True)
    created_at = Column(DateTime(timezone=True), server_default=func.now())
    provider = Column(String(32), nullable=False)
    model = Column(String(128), nullable=False)
    feature_context = Column(String(64), nullable=False)
    user_email = Column(String(256))
    input_tokens = Column(Integer, default=0)
    output_tokens = Column(Integer, default=0)
    latency_ms = Column(Float)
    status = Column(String(16))


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    user_email: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


class LLMUsageTracker:
    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str,
                             user_email: Optional[str] = None) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context,
                         user_email=user_email)
        started = time.perf_counter()
        status = "ok"
        try:
            yield usage
        except Exception:
            status = "error"
            raise
        finally:
            latency_ms = (time.perf_counter() - started) * 1000
            await self._persist(usage, latency_ms, status)

    async def _persist(self, usage: UsageLog, latency_ms: float, status: str) -> None:
        try:
            async with async_session() as session:
                await session.execute(
                    insert(LLMUsageLog).values(
                        id=usage.id,
                        provider=usage.provider,
                        model=usage.model,
                        feature_context=usage.feature_context,
                        user_email=usage.user_email,
                        input_tokens=usage.input_tokens,
                        output_tokens=usage.output_tokens,
                        latency_ms=latency_ms,
                        status=status,
                    )
                )
                await session.commit()
        except Exception:  # never break a user request because FinOps logging failed
            log.exception("usage_log_persist_failed", usage_id=usage.id)


llm_tracker = LLMUsageTracker()
