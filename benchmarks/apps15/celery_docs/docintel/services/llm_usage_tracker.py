"""Usage/cost tracking for model calls (FinOps: /finops/llm-costs)."""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from docintel.core.db import session_scope
from docintel.models import LlmUsageLog

log = logging.getLogger(__name__)


@dataclass
class UsageRecord:
    provider: str
    model: str
    feature_context: str
    tenant_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: Optional[str] = None,
    ) -> AsyncIterator[UsageRecord]:
        record = UsageRecord(provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id)
        error: Optional[str] = None
        try:
            yield record
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            self._persist(record, error)

    def _persist(self, record: UsageRecord, error: Optional[str]) -> None:
        latency_ms = int((time.monotonic() - record.started) * 1000)
        try:
            with session_scope() as session:
                session.add(
                    LlmUsageLog(
                        provider=record.provider,
                        model=record.model,
                        feature_context=record.feature_context,
                        tenant_id=record.tenant_id,
                        input_tokens=record.input_tokens,
                        output_tokens=record.output_tokens,
                        latency_ms=latency_ms,
                        success=error is None,
                        error=error,
                    )
                )
        except Exception:  # never let bookkeeping break the caller
            log.exception("failed to persist llm usage log")


llm_tracker = LLMUsageTracker()
