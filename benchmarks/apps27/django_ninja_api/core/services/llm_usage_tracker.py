"""Records every model request into core.LLMUsageLog.

Usage::

    async with llm_tracker.track_llm_call(provider="anthropic", model=m,
                                          feature_context="concierge") as usage_log:
        resp = await client.messages.create(...)
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
"""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from asgiref.sync import sync_to_async

logger = logging.getLogger("homestead.llm")

# USD per 1M tokens (input, output). Kept by hand; finance reconciles monthly.
PRICE_TABLE: dict[str, tuple[Decimal, Decimal]] = {
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "gpt-4o-2024-08-06": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4.1-mini": (Decimal("0.40"), Decimal("1.60")),
    "claude-sonnet-4-20250514": (Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-latest": (Decimal("0.80"), Decimal("4.00")),
    "anthropic.claude-3-haiku-20240307-v1:0": (Decimal("0.25"), Decimal("1.25")),
    "gemini-2.0-flash": (Decimal("0.10"), Decimal("0.40")),
    "grok-3-mini": (Decimal("0.30"), Decimal("0.50")),
    "voyage-3.5": (Decimal("0.06"), Decimal("0")),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    """Pure arithmetic, no network. Unknown models cost 0 and log a warning."""
    prices = PRICE_TABLE.get(model)
    if prices is None:
        logger.warning("no price for model %s", model)
        return Decimal("0")
    in_price, out_price = prices
    return (in_price * input_tokens + out_price * output_tokens) / Decimal(1_000_000)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    user_id: int | None = None
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(self, *, provider: str, model: str, feature_context: str, user_id: int | None = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, user_id=user_id)
        started = time.perf_counter()
        error = ""
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001 - re-raised below
            error = repr(exc)
            raise
        finally:
            elapsed_ms = int((time.perf_counter() - started) * 1000)
            await self._persist(usage_log, elapsed_ms, error)

    @sync_to_async
    def _persist(self, usage_log: UsageLog, elapsed_ms: int, error: str) -> None:
        from core.models import LLMUsageLog

        try:
            LLMUsageLog.objects.create(
                provider=usage_log.provider,
                model=usage_log.model,
                feature_context=usage_log.feature_context,
                input_tokens=usage_log.input_tokens,
                output_tokens=usage_log.output_tokens,
                cost_usd=calculate_cost(usage_log.model, usage_log.input_tokens, usage_log.output_tokens),
                latency_ms=elapsed_ms,
                success=not error,
                error=error,
                user_id=usage_log.user_id,
            )
        except Exception:  # never let bookkeeping break a request
            logger.exception("failed to persist LLM usage log")


llm_tracker = LLMUsageTracker()
