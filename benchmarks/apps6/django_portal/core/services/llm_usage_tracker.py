"""Records every tracked model request in the ``llm_usage_logs`` table."""
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Optional

from asgiref.sync import sync_to_async

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: int = 0


class LLMUsageTracker:
    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = str(exc)[:500]
            raise
        finally:
            log.duration_ms = int((time.monotonic() - log.started_at) * 1000)
            await sync_to_async(self._persist)(log)

    def _persist(self, log: UsageLog):
        from core.models import LLMUsageLog  # noqa: WPS433 - avoid app registry at import

        LLMUsageLog.objects.create(
            provider=log.provider,
            model=log.model,
            feature_context=log.feature_context,
            input_tokens=log.input_tokens,
            output_tokens=log.output_tokens,
            success=log.success,
            error=log.error or "",
            duration_ms=log.duration_ms,
        )


llm_tracker = LLMUsageTracker()
