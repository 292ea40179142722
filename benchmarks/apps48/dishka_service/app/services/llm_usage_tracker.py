"""Usage tracking for LLM calls (tokens, latency, cost)."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from app.services.pricing import estimate_cost

logger = logging.getLogger("docqa.llm_usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
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
        self._logs: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started_at) * 1000
            self._logs.append(log)
            logger.info(
                "llm_call provider=%s model=%s feature=%s in=%d out=%d cost=%.5f ok=%s",
                log.provider, log.model, log.feature_context,
                log.input_tokens, log.output_tokens, log.cost_usd, log.success,
            )

    def recent(self, n: int = 100) -> list[UsageLog]:
        return self._logs[-n:]

    def totals_by_feature(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for log in self._logs:
            out[log.feature_context] = out.get(log.feature_context, 0.0) + log.cost_usd
        return out


llm_tracker = LLMUsageTracker()
