"""Usage tracking for model calls (tokens, latency, cost attribution).

Write rows to the ``llm_usage_logs`` table. Used directly by legacy code that
cannot go through ``multi_model_service`` yet.
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from config import get_settings
from services.costs import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(
            provider=provider,
            model=model,
            feature_context=feature_context,
            tenant=get_settings().tenant,
        )
        started = time.perf_counter()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)[:500]
            raise
        finally:
            entry.latency_ms = (time.perf_counter() - started) * 1000
            self._record(entry)

    def _record(self, entry: UsageLog) -> None:
        self._buffer.append(entry)
        log.info(
            "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.5f",
            entry.provider,
            entry.model,
            entry.feature_context,
            entry.input_tokens,
            entry.output_tokens,
            entry.cost_usd,
        )
        if len(self._buffer) >= 50:
            self.flush()

    def flush(self) -> list[UsageLog]:
        # TODO(priya): persist to warehouse once the finops schema lands
        drained, self._buffer = self._buffer, []
        return drained

    def session_totals(self) -> dict[str, float]:
        totals: dict[str, float] = {"input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0}
        for e in self._buffer:
            totals["input_tokens"] += e.input_tokens
            totals["output_tokens"] += e.output_tokens
            totals["cost_usd"] += e.cost_usd
        return totals


llm_tracker = LLMUsageTracker()
