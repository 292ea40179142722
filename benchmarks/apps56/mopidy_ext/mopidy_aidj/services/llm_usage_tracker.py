"""Usage tracking for LLM calls.

Mirrors the tracker used by the rest of our stack: wrap a call in
``async with llm_tracker.track_llm_call(...) as usage_log`` and fill in the
token counts; the log row is flushed to the history database on exit.
"""

import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    started_at: float = field(default_factory=time.time)
    input_tokens: int = 0
    output_tokens: int = 0
    error: str | None = None
    duration_ms: int = 0


class LLMUsageTracker:
    def __init__(self):
        self._db_path = None
        self._lock = threading.Lock()
        self.recent = []

    def configure(self, db_path):
        self._db_path = str(db_path)
        with sqlite3.connect(self._db_path) as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage ("
                " ts REAL, provider TEXT, model TEXT, feature TEXT,"
                " input_tokens INTEGER, output_tokens INTEGER,"
                " duration_ms INTEGER, error TEXT)"
            )

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.monotonic()
        try:
            yield log
        except Exception as exc:
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = int((time.monotonic() - start) * 1000)
            self._write(log)

    def _write(self, log):
        with self._lock:
            self.recent.append(log)
            del self.recent[:-200]
        if not self._db_path:
            return
        try:
            with sqlite3.connect(self._db_path) as conn:
                conn.execute(
                    "INSERT INTO llm_usage VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        log.started_at,
                        log.provider,
                        log.model,
                        log.feature_context,
                        log.input_tokens,
                        log.output_tokens,
                        log.duration_ms,
                        log.error,
                    ),
                )
        except sqlite3.Error:
            logger.exception("AIDJ: failed to record LLM usage")

    def totals(self):
        with self._lock:
            rows = list(self.recent)
        out = {}
        for row in rows:
            agg = out.setdefault((row.provider, row.model), [0, 0])
            agg[0] += row.input_tokens
            agg[1] += row.output_tokens
        return out


llm_tracker = LLMUsageTracker()
