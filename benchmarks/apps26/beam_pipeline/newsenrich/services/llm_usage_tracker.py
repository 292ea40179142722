"""LLM usage tracking (shared with the web backend; vendored copy).

Writes one row per model call to ``finops.llm_usage_logs``. In the pipeline we
buffer rows in-process and flush them from ``finish_bundle`` / on exit so we
don't do a BigQuery insert per element.
"""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import threading
import time
from typing import AsyncIterator, List, Optional

_LOG = logging.getLogger(__name__)


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: List[UsageLog] = []
        self._lock = threading.Lock()

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str = "pipeline"
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001 - re-raised below
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - start) * 1000
            with self._lock:
                self._buffer.append(log)

    def drain(self) -> List[UsageLog]:
        with self._lock:
            rows, self._buffer = self._buffer, []
        return rows

    def flush(self, table: str = "finops.llm_usage_logs") -> int:
        rows = self.drain()
        if not rows:
            return 0
        from google.cloud import bigquery

        errors = bigquery.Client().insert_rows_json(table, [dataclasses.asdict(r) for r in rows])
        if errors:
            _LOG.warning("llm usage flush had %d errors", len(errors))
        return len(rows)


llm_tracker = LLMUsageTracker()
