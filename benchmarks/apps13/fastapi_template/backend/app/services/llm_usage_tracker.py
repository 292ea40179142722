"""Usage tracking for model calls (feeds /finops/llm-costs)."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from sqlmodel import Session

from app.core.db import engine
from app.core.logging import tenant_id_ctx
from app.models import LLMUsageLog

logger = logging.getLogger(__name__)


@dataclass
class UsageRecord:
    provider: str
    model: str
    feature_context: str
    tenant_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    def _persist(self, record: UsageRecord, latency_ms: int, error: str | None) -> None:
        try:
            with Session(engine) as session:
                session.add(
                    LLMUsageLog(
                        tenant_id=uuid.UUID(record.tenant_id) if record.tenant_id else None,
                        provider=record.provider,
                        model=record.model,
                        feature_context=record.feature_context,
                        input_tokens=record.input_tokens,
                        output_tokens=record.output_tokens,
                        latency_ms=latency_ms,
                        success=error is None,
                        error=error,
                    )
                )
                session.commit()
        except Exception:  # never break the caller because of bookkeeping
            logger.exception("failed to persist llm usage log")

    @asynccontextmanager
    async def track_llm_call(
        self,
        *,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: str | None = None,
    ) -> AsyncIterator[UsageRecord]:
        record = UsageRecord(
            provider=provider,
            model=model,
            feature_context=feature_context,
            tenant_id=tenant_id or tenant_id_ctx.get(),
        )
        started = time.perf_counter()
        error: str | None = None
        try:
            yield record
        except Exception as exc:
            error = repr(exc)[:500]
            raise
        finally:
            self._persist(record, int((time.perf_counter() - started) * 1000), error)


llm_tracker = LLMUsageTracker()
