"""Records token usage for every model call that goes through it."""
from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from decimal import Decimal

from asgiref.sync import sync_to_async

logger = logging.getLogger(__name__)

# USD per million tokens (input, output). Kept by hand; update when pricing changes.
PRICING = {
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "claude-3-5-sonnet-latest": (Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-latest": (Decimal("0.80"), Decimal("4.00")),
    "mistral-small-latest": (Decimal("0.20"), Decimal("0.60")),
    "mistral-large-latest": (Decimal("2.00"), Decimal("6.00")),
    "sonar": (Decimal("1.00"), Decimal("1.00")),
    "text-embedding-3-small": (Decimal("0.02"), Decimal("0")),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    inp, out = PRICING.get(model, (Decimal("0"), Decimal("0")))
    return (inp * input_tokens + out * output_tokens) / Decimal(1_000_000)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)
    succeeded: bool = True

    @property
    def cost(self) -> Decimal:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self):
        self.enabled = True

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception:
            usage_log.succeeded = False
            raise
        finally:
            if self.enabled:
                await self._persist(usage_log)

    async def _persist(self, usage_log: UsageLog):
        from ai.models import AIUsageRecord

        try:
            await sync_to_async(AIUsageRecord.objects.create)(
                provider=usage_log.provider,
                model=usage_log.model,
                feature_context=usage_log.feature_context,
                input_tokens=usage_log.input_tokens,
                output_tokens=usage_log.output_tokens,
                cost_usd=usage_log.cost,
                succeeded=usage_log.succeeded,
            )
        except Exception:  # never let bookkeeping break editing
            logger.exception("could not persist usage log")


llm_tracker = LLMUsageTracker()
