"""Usage tracking for every LLM request (cost dashboards read llm_usage_logs)."""
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Optional

from newsletter.models import get_conn

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: Optional[int] = None
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self):
        self.enabled = True

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="unknown"):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.duration_ms = int((time.monotonic() - usage.started_at) * 1000)
            if self.enabled:
                self._persist(usage)

    def _persist(self, usage):
        try:
            get_conn().execute(
                "INSERT INTO llm_usage_logs (provider, model, feature_context, input_tokens, "
                "output_tokens, duration_ms, error) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    usage.provider,
                    usage.model,
                    usage.feature_context,
                    usage.input_tokens,
                    usage.output_tokens,
                    usage.duration_ms,
                    usage.error,
                ),
            )
            get_conn().commit()
        except Exception:  # never break a task because of bookkeeping
            log.exception("failed to persist llm usage")


llm_tracker = LLMUsageTracker()
