"""Usage tracking for model requests (see docs/llm-usage.md).

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="alt_text") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from asgiref.sync import sync_to_async

from ai.costs import calculate_cost

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)
    error: str = ""


class LLMUsageTracker:
    def __init__(self):
        self.enabled = True

    async def _persist(self, log: UsageLog, duration_ms: int):
        from ai.models import AIUsageLog

        await sync_to_async(AIUsageLog.objects.create)(
            provider=log.provider,
            model=log.model,
            feature_context=log.feature_context,
            input_tokens=log.input_tokens,
            output_tokens=log.output_tokens,
            cost_usd=calculate_cost(log.model, log.input_tokens, log.output_tokens),
            duration_ms=duration_ms,
            success=not log.error,
            error=log.error,
        )

    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="unknown"):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.error = repr(exc)
            raise
        finally:
            duration_ms = int((time.monotonic() - log.started) * 1000)
            if self.enabled:
                try:
                    await self._persist(log, duration_ms)
                except Exception:  # never break a request because of bookkeeping
                    logger.exception("could not persist usage log")


llm_tracker = LLMUsageTracker()
