"""Records every model request in the ``ai_llmusagelog`` table.

Use ``llm_tracker.track_llm_call`` around legacy direct SDK calls and set
``usage_log.input_tokens`` / ``usage_log.output_tokens`` from the response.
"""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from asgiref.sync import sync_to_async

logger = logging.getLogger(__name__)

# USD per million tokens (input, output). Updated by hand from vendor pricing pages.
PRICING = {
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "claude-3-5-sonnet-latest": (Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-latest": (Decimal("0.80"), Decimal("4.00")),
    "gemini-2.0-flash": (Decimal("0.10"), Decimal("0.40")),
    "voyage-3": (Decimal("0.06"), Decimal("0")),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (Decimal("0.88"), Decimal("0.88")),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    in_price, out_price = PRICING.get(model, (Decimal("0"), Decimal("0")))
    return (in_price * input_tokens + out_price * output_tokens) / Decimal(1_000_000)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str = ""
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: int = 0

    @property
    def cost(self) -> Decimal:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self):
        self._enabled = True

    def disable(self):
        self._enabled = False

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "unknown"):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.duration_ms = int((time.monotonic() - usage_log.started_at) * 1000)
            if self._enabled:
                await self._persist(usage_log)

    async def _persist(self, usage_log: UsageLog) -> None:
        from ai.models import LLMUsageLog

        try:
            await sync_to_async(LLMUsageLog.objects.create)(
                provider=usage_log.provider,
                model=usage_log.model,
                feature_context=usage_log.feature_context,
                input_tokens=usage_log.input_tokens,
                output_tokens=usage_log.output_tokens,
                cost_usd=usage_log.cost,
                success=usage_log.success,
                error=usage_log.error,
                duration_ms=usage_log.duration_ms,
            )
        except Exception:  # never let accounting break a request
            logger.exception("failed to persist LLM usage log")


llm_tracker = LLMUsageTracker()
