"""Usage tracker: records tokens / latency per LLM call for the FinOps view."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from studio.utils.costs import estimate_cost_usd

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    user: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    cost_usd: float = 0.0


@dataclass
class LLMUsageTracker:
    history: list[UsageLog] = field(default_factory=list)
    max_history: int = 5000

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        user: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, user=user)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            usage_log.cost_usd = estimate_cost_usd(model, usage_log.input_tokens, usage_log.output_tokens)
            self._record(usage_log)

    def _record(self, usage_log: UsageLog) -> None:
        self.history.append(usage_log)
        if len(self.history) > self.max_history:
            del self.history[: len(self.history) - self.max_history]
        log.info(
            "llm_call provider=%s model=%s feature=%s in=%d out=%d cost=%.5f ok=%s",
            usage_log.provider,
            usage_log.model,
            usage_log.feature_context,
            usage_log.input_tokens,
            usage_log.output_tokens,
            usage_log.cost_usd,
            usage_log.success,
        )

    def totals_by_feature(self) -> dict[str, float]:
        totals: dict[str, float] = {}
        for entry in self.history:
            totals[entry.feature_context] = totals.get(entry.feature_context, 0.0) + entry.cost_usd
        return totals


llm_tracker = LLMUsageTracker()
