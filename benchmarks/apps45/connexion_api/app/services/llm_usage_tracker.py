"""Usage tracker: records provider/model/token counts per call."""
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Optional

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self):
        self._sink = None

    def configure(self, sink):
        self._sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context, tenant=None):
        usage_log = UsageLog(provider, model, feature_context, tenant)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.monotonic() - usage_log.started_at) * 1000
            self._persist(usage_log)

    def _persist(self, usage_log):
        if self._sink is None:
            log.debug("usage (no sink): %s", usage_log)
            return
        self._sink.write(usage_log)


llm_tracker = LLMUsageTracker()
