"""
Records every model request we make into AIUsageEvent so finance can bill
tenants and we can see which features burn money.
"""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from asgiref.sync import sync_to_async

from common.logging import current_tenant_id

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output); keep in sync with the finance sheet.
PRICING = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-large": (0.13, 0.0),
    "anthropic.claude-3-5-sonnet-20240620-v1:0": (3.00, 15.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "command-r-plus-08-2024": (2.50, 10.00),
    "embed-english-v3.0": (0.10, 0.0),
    "voyage-3": (0.06, 0.0),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: str = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    error: str = None

    @property
    def cost_micros(self) -> int:
        price_in, price_out = PRICING.get(self.model, (0.0, 0.0))
        return int(self.input_tokens * price_in + self.output_tokens * price_out)


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context, tenant_id=None):
        usage_log = UsageLog(
            provider=provider,
            model=model,
            feature_context=feature_context,
            tenant_id=tenant_id or current_tenant_id.get(),
        )
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            await self._persist(usage_log)

    async def _persist(self, usage_log):
        from apps.tenants.models import AIUsageEvent

        if not usage_log.tenant_id:
            logger.warning("llm usage without tenant", extra={"ctx": {"feature": usage_log.feature_context}})
            return
        await sync_to_async(AIUsageEvent.objects.create)(
            tenant_id=usage_log.tenant_id,
            feature=usage_log.feature_context,
            provider=usage_log.provider,
            model=usage_log.model,
            input_tokens=usage_log.input_tokens,
            output_tokens=usage_log.output_tokens,
            cost_micros=usage_log.cost_micros,
        )


llm_tracker = LLMUsageTracker()
