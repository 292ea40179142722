"""
Records every LLM call we make into ``LLMUsageLog``.

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = await client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from decimal import Decimal

from asgiref.sync import sync_to_async

from .costs import estimate_cost

logger = logging.getLogger("helpdesk.llm_usage")


@dataclass
class UsageRecord:
    provider: str
    model: str
    feature_context: str
    ticket_id: int | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str = ""
    started: float = field(default_factory=time.monotonic)

    @property
    def latency_ms(self) -> int:
        return int((time.monotonic() - self.started) * 1000)


class LLMUsageTracker:
    def __init__(self):
        self.enabled = True

    def _persist(self, rec: UsageRecord) -> None:
        from helpdesk.models import LLMUsageLog

        cost = estimate_cost(rec.model, rec.input_tokens, rec.output_tokens)
        LLMUsageLog.objects.create(
            provider=rec.provider,
            model=rec.model,
            feature_context=rec.feature_context,
            input_tokens=rec.input_tokens,
            output_tokens=rec.output_tokens,
            cost_usd=Decimal(str(cost)),
            latency_ms=rec.latency_ms,
            success=rec.success,
            error=rec.error[:2000],
            ticket_id=rec.ticket_id,
        )

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, ticket_id: int | None = None):
        rec = UsageRecord(provider=provider, model=model, feature_context=feature_context, ticket_id=ticket_id)
        try:
            yield rec
        except Exception as exc:
            rec.success = False
            rec.error = repr(exc)
            raise
        finally:
            if self.enabled:
                try:
                    await sync_to_async(self._persist, thread_sensitive=True)(rec)
                except Exception:  # never break the request because of bookkeeping
                    logger.exception("could not persist usage for %s", feature_context)


llm_tracker = LLMUsageTracker()
