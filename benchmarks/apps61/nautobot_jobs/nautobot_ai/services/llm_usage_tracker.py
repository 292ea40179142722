"""Records LLM usage to LLMUsageLog.

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""

import contextlib
import logging
import time
from dataclasses import dataclass

from asgiref.sync import sync_to_async

from nautobot_ai.llm.tokens import estimate_cost

logger = logging.getLogger(__name__)


@dataclass
class UsageRecord:
    provider: str
    model: str
    feature_context: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str = ""


class LLMUsageTracker:
    def _save(self, record, latency_ms):
        from nautobot_ai.models import LLMUsageLog  # pylint: disable=import-outside-toplevel

        LLMUsageLog.objects.create(
            provider=record.provider,
            model=record.model,
            feature_context=record.feature_context,
            input_tokens=record.input_tokens,
            output_tokens=record.output_tokens,
            latency_ms=latency_ms,
            success=record.success,
            error=record.error[:2000],
        )
        logger.info(
            "llm usage %s/%s ctx=%s tokens=%s+%s cost=$%s",
            record.provider,
            record.model,
            record.feature_context,
            record.input_tokens,
            record.output_tokens,
            estimate_cost(record.model, record.input_tokens, record.output_tokens),
        )

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context=""):
        record = UsageRecord(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield record
        except Exception as exc:
            record.success = False
            record.error = repr(exc)
            raise
        finally:
            latency_ms = int((time.monotonic() - started) * 1000)
            await sync_to_async(self._save)(record, latency_ms)


llm_tracker = LLMUsageTracker()
