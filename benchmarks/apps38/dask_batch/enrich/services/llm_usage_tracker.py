"""Usage tracking for LLM calls (shared with the platform team's FinOps table).

Batch jobs write to a local JSONL sink which a nightly job loads into
``migration.llm_usage_logs``.
"""
from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field

log = logging.getLogger(__name__)

_SINK = os.environ.get("LLM_USAGE_SINK", "/tmp/llm_usage.jsonl")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, sink_path: str = _SINK):
        self.sink_path = sink_path
        self._lock = threading.Lock()

    def _write(self, record: UsageLog) -> None:
        with self._lock, open(self.sink_path, "a") as fh:
            fh.write(json.dumps(asdict(record)) + "\n")

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            try:
                self._write(usage_log)
            except OSError:
                log.warning("could not write usage log", exc_info=True)


llm_tracker = LLMUsageTracker()
