"""Usage tracker: every billable model call should be recorded here.

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="privilege_review") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
import contextlib
import dataclasses
import datetime
import logging
import time
import uuid

from lexreview.utils.costs import estimate_cost

log = logging.getLogger(__name__)


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    matter_id: str = None
    request_id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: str = None
    created_at: datetime.datetime = dataclasses.field(default_factory=datetime.datetime.utcnow)

    @property
    def cost_usd(self):
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self):
        self._sink = None
        self._buffer = []

    def configure(self, sink):
        """``sink`` is a callable taking a UsageLog (the DB writer in production)."""
        self._sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context, matter_id=None):
        usage_log = UsageLog(
            provider=provider,
            model=model,
            feature_context=feature_context,
            matter_id=matter_id,
        )
        started = time.monotonic()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.latency_ms = int((time.monotonic() - started) * 1000)
            self._record(usage_log)

    def _record(self, usage_log):
        if self._sink is None:
            self._buffer.append(usage_log)
            return
        try:
            self._sink(usage_log)
        except Exception:
            log.exception("failed to persist usage log %s", usage_log.request_id)

    def drain(self):
        buffered, self._buffer = self._buffer, []
        return buffered


llm_tracker = LLMUsageTracker()
