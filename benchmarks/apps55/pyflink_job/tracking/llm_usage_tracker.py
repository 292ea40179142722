"""Usage tracker shared with the platform team.

Copied from the platform repo (app/services/llm_usage_tracker.py) and trimmed: in the
Flink jobs we cannot talk to Postgres from every task manager, so usage rows are buffered
and shipped to the `llm.usage` Kafka topic by a background flusher.
"""
from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

logger = logging.getLogger(__name__)


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
    def __init__(self, flush_every: int = 200) -> None:
        self._buffer: list[UsageLog] = []
        self._lock = threading.Lock()
        self._flush_every = flush_every
        self._producer = None

    def attach_producer(self, producer) -> None:
        """Attach a kafka producer-like object with a ``send(topic, value)`` method."""
        self._producer = producer

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001 - we re-raise
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            self._record(log)

    def _record(self, log: UsageLog) -> None:
        with self._lock:
            self._buffer.append(log)
            should_flush = len(self._buffer) >= self._flush_every
        if should_flush:
            self.flush()

    def flush(self) -> None:
        with self._lock:
            pending, self._buffer = self._buffer, []
        if not pending:
            return
        if self._producer is None:
            for row in pending:
                logger.info("llm_usage %s", json.dumps(asdict(row)))
            return
        for row in pending:
            self._producer.send("llm.usage", json.dumps(asdict(row)).encode())


llm_tracker = LLMUsageTracker()
