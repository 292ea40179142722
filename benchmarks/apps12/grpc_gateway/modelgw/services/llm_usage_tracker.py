"""Usage tracking for upstream model calls.

Every billable request should either go through
``multi_model_service.generate_response`` or be wrapped in
``llm_tracker.track_llm_call(...)`` with the token counts filled in on the
yielded ``usage_log``. Rows end up in ``llm_usage_logs`` and feed the FinOps
dashboard.
"""
from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import AsyncIterator, Dict, Optional

from tortoise import fields
from tortoise.models import Model

from modelgw.interceptors import current_caller

log = logging.getLogger(__name__)

# USD per 1M tokens, (input, output). Reviewed monthly by FinOps.
PRICES: Dict[str, tuple] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-haiku-4-5": (1.00, 5.00),
    "grok-4": (3.00, 15.00),
    "sonar-pro": (3.00, 15.00),
    "llama-3.3-70b": (0.85, 1.20),
}


class LLMUsageLog(Model):
    id = fields.BigIntField(pk=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    provider = fields.CharField(max_length=32)
    model = fields.CharField(max_length=128)
    feature_context = fields.CharField(max_length=64)
    tenant_id = fields.CharField(max_length=64, null=True)
    caller = fields.CharField(max_length=64, null=True)
    input_tokens = fields.IntField(default=0)
    output_tokens = fields.IntField(default=0)
    cost_usd = fields.FloatField(default=0.0)
    latency_ms = fields.IntField(default=0)
    success = fields.BooleanField(default=True)
    error = fields.TextField(null=True)

    class Meta:
        table = "llm_usage_logs"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    extra: Dict[str, str] = field(default_factory=dict)

    def cost(self) -> float:
        price_in, price_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id)
        start = time.perf_counter()
        error: Optional[str] = None
        try:
            yield usage_log
        except Exception as exc:
            error = repr(exc)[:2000]
            raise
        finally:
            latency_ms = int((time.perf_counter() - start) * 1000)
            try:
                await LLMUsageLog.create(
                    provider=provider,
                    model=model,
                    feature_context=feature_context,
                    tenant_id=tenant_id,
                    caller=current_caller.get(),
                    input_tokens=usage_log.input_tokens,
                    output_tokens=usage_log.output_tokens,
                    cost_usd=usage_log.cost(),
                    latency_ms=latency_ms,
                    success=error is None,
                    error=error,
                )
            except Exception:
                log.exception("could not persist llm usage row")


llm_tracker = LLMUsageTracker()
