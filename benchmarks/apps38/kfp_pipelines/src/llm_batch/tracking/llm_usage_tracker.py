"""Usage tracker shared with the platform team's FinOps dashboards.

Writes one row per model request to ``<project>.finops.llm_usage_logs``.
Components run without an event loop of their own, so the tracker is an
async context manager and the sync code paths use ``asyncio.run``.
"""

from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field

from llm_batch.config import load_settings

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
    pipeline_run: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []
        self._bq = None

    def _client(self):
        if self._bq is None:
            from google.cloud import bigquery

            self._bq = bigquery.Client(project=load_settings().project)
        return self._bq

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, pipeline_run: str | None = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, pipeline_run=pipeline_run)
        start = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - start) * 1000
            self._buffer.append(usage_log)
            if len(self._buffer) >= 50:
                self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        table = f"{load_settings().project}.finops.llm_usage_logs"
        rows = [asdict(u) for u in self._buffer]
        errors = self._client().insert_rows_json(table, rows)
        if errors:
            log.warning("usage log insert errors: %s", errors[:3])
        self._buffer.clear()


llm_tracker = LLMUsageTracker()
