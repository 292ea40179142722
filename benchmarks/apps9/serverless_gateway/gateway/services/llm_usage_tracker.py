"""Usage/cost tracking for LLM calls made by the gateway itself.

Customer traffic is metered in the routes; this tracker is for the gateway's
*own* model usage (moderation, summarisation, evals, titles...) so FinOps can
see what the platform spends on itself.
"""
from __future__ import annotations

import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Dict, Optional

from gateway.observability import get_logger

log = get_logger(__name__)

# USD per 1M tokens (input, output). Keep in sync with the finance sheet.
PRICES: Dict[str, tuple] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o-2024-11-20": (2.50, 10.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "claude-3-7-sonnet-20250219": (3.00, 15.00),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "meta-llama/Llama-Guard-4-12B": (0.20, 0.20),
    "llama-3.3-70b": (0.85, 1.20),
    "llama3.1-8b": (0.10, 0.10),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    team: str = "platform"
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    started_at: float = field(default_factory=time.time)
    latency_ms: int = 0

    @property
    def cost_usd(self) -> float:
        price_in, price_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self):
        self._store = None

    def _get_store(self):
        if self._store is None:
            from gateway.services.usage_store import UsageStore

            self._store = UsageStore.shared()
        return self._store

    @asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str, team: str = "platform"
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, team=team)
        start = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            usage_log.latency_ms = int((time.perf_counter() - start) * 1000)
            if usage_log.success and not (usage_log.input_tokens or usage_log.output_tokens):
                log.warning("llm_usage_missing_tokens", model=model, feature=feature_context)
            try:
                await self._get_store().record(usage_log)
            except Exception:
                log.exception("llm_usage_record_failed", model=model)


llm_tracker = LLMUsageTracker()
