"""Records LLM usage rows (provider, model, tokens, latency, feature) so the
finops dashboard can attribute cost.  Rows are pushed to Redis and drained by
the finops importer.
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field

from gateway.llm.pricing import completion_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: str | None = None
    caller: str | None = None

    @property
    def cost_usd(self) -> str:
        return str(completion_cost(self.model, self.input_tokens, self.output_tokens))


class LLMUsageTracker:
    QUEUE = "llm_usage_logs"

    def __init__(self) -> None:
        self._redis = None
        self._buffer: list[dict] = []

    def bind(self, redis_client) -> None:
        self._redis = redis_client

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, caller: str | None = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, caller=caller)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = type(exc).__name__
            raise
        finally:
            usage_log.latency_ms = int((time.perf_counter() - started) * 1000)
            await self._record(usage_log)

    async def _record(self, usage_log: UsageLog) -> None:
        row = asdict(usage_log) | {"cost_usd": usage_log.cost_usd}
        if self._redis is None:
            self._buffer.append(row)
            return
        try:
            await self._redis.rpush(self.QUEUE, json.dumps(row))
        except Exception:  # never break a user request because of accounting
            log.exception("could not record usage row")
            self._buffer.append(row)

    def drain_buffer(self) -> list[dict]:
        rows, self._buffer = self._buffer, []
        return rows


llm_tracker = LLMUsageTracker()
