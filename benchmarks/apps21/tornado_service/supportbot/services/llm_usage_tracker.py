"""Records token usage for every model request into ``llm_usage_logs``."""
import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import Optional

from supportbot.utils.costs import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self):
        self._sink = None
        self._buffer = []

    def bind_sink(self, sink):
        self._sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context, tenant_id=None):
        usage_log = UsageLog(provider=provider, model=model,
                             feature_context=feature_context, tenant_id=tenant_id)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.duration_ms = (time.monotonic() - usage_log.started_at) * 1000
            await self._record(usage_log)

    async def _record(self, usage_log):
        cost = estimate_cost(usage_log.model, usage_log.input_tokens, usage_log.output_tokens)
        row = dict(usage_log.__dict__, cost_usd=cost)
        if self._sink is None:
            self._buffer.append(row)
            return
        try:
            await self._sink.insert_usage(row)
        except Exception:
            log.exception("failed to write usage row; buffering")
            self._buffer.append(row)

    async def flush(self):
        if not self._sink or not self._buffer:
            return 0
        pending, self._buffer = self._buffer, []
        for row in pending:
            await self._sink.insert_usage(row)
        return len(pending)


llm_tracker = LLMUsageTracker()
