"""Usage tracker: records token usage for every tracked LLM call.

Copied from the platform team's ``llm_usage_tracker`` and trimmed for py4web
(we write to our own ``llm_usage_log`` table instead of the migration schema).
"""
import contextlib
import dataclasses
import datetime
import logging
import time

log = logging.getLogger("helpdesk.llm.tracking")


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str = None
    started_at: float = dataclasses.field(default_factory=time.time)
    duration_ms: int = 0


class LLMUsageTracker:
    def __init__(self):
        self._db = None
        self._sinks = []

    def bind(self, db):
        self._db = db

    def add_sink(self, fn):
        self._sinks.append(fn)

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="general", user_id=None):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:  # pragma: no cover - re-raised
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.duration_ms = int((time.time() - usage.started_at) * 1000)
            self._record(usage, user_id)

    def _record(self, usage, user_id=None):
        for sink in self._sinks:
            try:
                sink(usage)
            except Exception:
                log.exception("usage sink failed")
        if self._db is None:
            log.debug("usage (unbound): %s", usage)
            return
        self._db.llm_usage_log.insert(
            provider=usage.provider,
            model=usage.model,
            feature_context=usage.feature_context,
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            success=usage.success,
            error=usage.error,
            duration_ms=usage.duration_ms,
            user_id=user_id,
            created_on=datetime.datetime.utcnow(),
        )
        self._db.commit()


llm_tracker = LLMUsageTracker()
