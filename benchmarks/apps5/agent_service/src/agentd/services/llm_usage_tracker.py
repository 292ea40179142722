"""Usage tracking for model calls (tokens, latency, cost attribution per tenant/feature)."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Optional

from agentd.context import request_id_var, tenant_var

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: Optional[str] = None
    request_id: str = "-"
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = None

    def _store(self):
        if self._sink is None:
            from agentd.container import container

            self._sink = container.run_store
        return self._sink

    @asynccontextmanager
    async def track_llm_call(self, *, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        entry = UsageLog(
            provider=provider,
            model=model,
            feature_context=feature_context,
            tenant_id=tenant_var.get(),
            request_id=request_id_var.get(),
        )
        started = time.perf_counter()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            entry.latency_ms = (time.perf_counter() - started) * 1000
            try:
                await self._store().record_usage(asdict(entry))
            except Exception:
                log.exception("failed to persist llm usage log")


llm_tracker = LLMUsageTracker()
