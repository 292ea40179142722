"""Usage tracking for model calls.

Every model call should either go through ``multi_model_service`` or be
wrapped with ``llm_tracker.track_llm_call``. Logs are queued locally and
uploaded by ``SyncService`` when online.
"""
import contextlib
import logging
import time
from dataclasses import dataclass, field

from tutor.storage.db import get_db

log = logging.getLogger(__name__)


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
        self._pending = []

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="general"):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.duration_ms = int((time.time() - usage_log.started_at) * 1000)
            self._record(usage_log)

    def _record(self, usage_log):
        self._pending.append(usage_log)
        try:
            get_db().insert_usage(usage_log)
        except Exception:  # pragma: no cover - storage failures are not fatal
            log.exception("could not persist usage log")

    def drain(self):
        pending, self._pending = self._pending, []
        return pending


llm_tracker = LLMUsageTracker()
