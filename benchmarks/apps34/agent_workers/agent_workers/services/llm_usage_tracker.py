"""Usage tracking: every model call should end up as one row in ``llm_usage_logs``."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from agent_workers.costs import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str, tenant: str | None = None
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant=tenant)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.monotonic() - usage_log.started_at) * 1000
            await self._persist(usage_log)

    async def _persist(self, usage_log: UsageLog) -> None:
        # TODO(platform): write to postgres once the finops schema lands; buffer for now.
        self._sink.append(usage_log)
        log.info(
            "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.5f",
            usage_log.provider,
            usage_log.model,
            usage_log.feature_context,
            usage_log.input_tokens,
            usage_log.output_tokens,
            usage_log.cost_usd,
        )

    def drain(self) -> list[UsageLog]:
        out, self._sink = self._sink, []
        return out


llm_tracker = LLMUsageTracker()
