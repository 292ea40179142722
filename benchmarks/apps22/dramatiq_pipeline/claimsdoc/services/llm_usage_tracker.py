"""LLM usage tracking (FinOps). Writes one row per model call into ``llm_usage_logs``."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from claimsdoc.middleware import current_claim_id, current_tenant

log = logging.getLogger(__name__)

# $ per 1M tokens (input, output); kept in sync with the finance sheet by hand
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "mistral-small-latest": (0.20, 0.60),
    "ibm/granite-3-8b-instruct": (0.20, 0.20),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: str | None = None

    def cost_usd(self) -> float:
        pin, pout = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * pin + self.output_tokens * pout) / 1_000_000


class LLMUsageTracker:
    def __init__(self, sink=None) -> None:
        self._sink = sink

    def set_sink(self, sink) -> None:
        self._sink = sink

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = int((time.perf_counter() - t0) * 1000)
            self._record(usage)

    def _record(self, usage: UsageLog) -> None:
        row = {
            "request_id": usage.request_id,
            "claim_id": current_claim_id(),
            "tenant": current_tenant(),
            "provider": usage.provider,
            "model": usage.model,
            "feature_context": usage.feature_context,
            "input_tokens": usage.input_tokens,
            "output_tokens": usage.output_tokens,
            "cost_usd": round(usage.cost_usd(), 6),
            "latency_ms": usage.latency_ms,
            "success": usage.success,
            "error": usage.error,
        }
        if self._sink is None:
            log.info("llm_usage %s", row)
        else:
            self._sink(row)


llm_tracker = LLMUsageTracker()
