"""Records token usage of LLM calls into the usage_logs table."""
import contextlib
import logging
import time
from dataclasses import dataclass, field

log = logging.getLogger("portal.llm.usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: str = ""


class LLMUsageTracker:
    def __init__(self):
        self._sink = []

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="", **extra):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = str(exc)[:500]
            raise
        finally:
            usage_log.duration_ms = int((time.time() - usage_log.started_at) * 1000)
            self._persist(usage_log)

    def _persist(self, usage_log):
        self._sink.append(usage_log)
        log.info(
            "llm usage provider=%s model=%s in=%s out=%s ctx=%s",
            usage_log.provider,
            usage_log.model,
            usage_log.input_tokens,
            usage_log.output_tokens,
            usage_log.feature_context,
        )

    def recent(self, limit=50):
        return list(self._sink[-limit:])


llm_tracker = LLMUsageTracker()
