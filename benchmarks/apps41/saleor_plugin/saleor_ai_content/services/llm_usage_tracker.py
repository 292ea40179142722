"""Records token usage of model calls into GenerationLog."""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

from asgiref.sync import sync_to_async

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    object_id: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    error: Optional[str] = None

    @property
    def duration_ms(self) -> int:
        return int((time.monotonic() - self.started_at) * 1000)


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, object_id: str = ""):
        usage_log = UsageLog(
            provider=provider, model=model, feature_context=feature_context, object_id=object_id
        )
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            await sync_to_async(self._persist)(usage_log)

    def _persist(self, usage_log: UsageLog):
        from ..models import GenerationLog

        GenerationLog.objects.create(
            feature=usage_log.feature_context,
            provider=usage_log.provider,
            model=usage_log.model,
            input_tokens=usage_log.input_tokens,
            output_tokens=usage_log.output_tokens,
            object_id=usage_log.object_id,
        )
        logger.info(
            "llm call %s/%s feature=%s in=%s out=%s %sms",
            usage_log.provider,
            usage_log.model,
            usage_log.feature_context,
            usage_log.input_tokens,
            usage_log.output_tokens,
            usage_log.duration_ms,
        )


llm_tracker = LLMUsageTracker()
