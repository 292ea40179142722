"""Records token usage and cost of model calls into ops.llm_usage_logs."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from opskit.db import LlmUsageLog, session_scope

log = logging.getLogger(__name__)


@dataclass
class UsageRecord:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    started_at: float = field(default_factory=time.time)
    latency_ms: int = 0


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageRecord]:
        record = UsageRecord(provider=provider, model=model, feature_context=feature_context)
        try:
            yield record
        except Exception as exc:
            record.success = False
            record.error = repr(exc)[:500]
            raise
        finally:
            record.latency_ms = int((time.time() - record.started_at) * 1000)
            self._persist(record)

    def _persist(self, record: UsageRecord) -> None:
        try:
            with session_scope() as session:
                session.add(
                    LlmUsageLog(
                        request_id=record.request_id,
                        provider=record.provider,
                        model=record.model,
                        feature_context=record.feature_context,
                        input_tokens=record.input_tokens,
                        output_tokens=record.output_tokens,
                        success=record.success,
                        error=record.error,
                        latency_ms=record.latency_ms,
                    )
                )
        except Exception:  # never break the caller because of bookkeeping
            log.exception("failed to persist llm usage record %s", record.request_id)


llm_tracker = LLMUsageTracker()
