"""Minimal port of the platform's LLM usage tracker for the streaming workers.

Usage rows are written to the ``llm_usage_logs`` topic; the finops consumer loads them.
"""
from __future__ import annotations

import json
import logging
import time
import uuid
from contextlib import asynccontextmanager, contextmanager
from dataclasses import asdict, dataclass, field

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, producer=None, topic: str = "llm_usage_logs"):
        self._producer = producer
        self._topic = topic

    def _emit(self, usage: UsageLog) -> None:
        payload = json.dumps(asdict(usage)).encode()
        if self._producer is None:
            log.info("llm_usage %s", payload.decode())
            return
        self._producer.produce(self._topic, payload)

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)
            raise
        finally:
            usage.latency_ms = (time.perf_counter() - started) * 1000
            self._emit(usage)

    @contextmanager
    def track_llm_call_sync(self, provider: str, model: str, feature_context: str):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage
        finally:
            usage.latency_ms = (time.perf_counter() - started) * 1000
            self._emit(usage)


llm_tracker = LLMUsageTracker()
