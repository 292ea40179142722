"""Records token usage for every model call we make (FinOps dashboard)."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output)
PRICING = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "grok-2-latest": (2.00, 10.00),
    "deepseek-chat": (0.27, 1.10),
    "mistral-small-latest": (0.20, 0.60),
    "voyage-3": (0.06, 0.0),
}


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
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    in_rate, out_rate = PRICING.get(model, (0.0, 0.0))
    return round(input_tokens * in_rate / 1e6 + output_tokens * out_rate / 1e6, 6)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._logs: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str = "unknown"
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
                "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.6f",
                provider, model, feature_context, log.input_tokens, log.output_tokens, log.cost_usd,
            )

    def recent(self, limit: int = 100) -> list[UsageLog]:
        return self._logs[-limit:]

    def totals_by_model(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for log in self._logs:
            out[log.model] = out.get(log.model, 0.0) + log.cost_usd
        return out


llm_tracker = LLMUsageTracker()
