"""Usage tracker: records token counts for every model call we make.

Rows are appended to the local sqlite DB and shipped upstream by the
telemetry uploader once an hour.
"""
from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from gateway.config import get_settings

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True


class LlmUsageTracker:
    def __init__(self, db_path: str | None = None) -> None:
        self._db_path = db_path

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path or get_settings().db_path)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS llm_usage_logs ("
            "provider TEXT, model TEXT, feature TEXT, input_tokens INT,"
            " output_tokens INT, duration_ms INT, success INT, ts REAL)"
        )
        return conn

    def _write(self, entry: UsageLog) -> None:
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?)",
                (
                    entry.provider,
                    entry.model,
                    entry.feature_context,
                    entry.input_tokens,
                    entry.output_tokens,
                    entry.duration_ms,
                    int(entry.success),
                    entry.started_at,
                ),
            )

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception:
            entry.success = False
            raise
        finally:
            entry.duration_ms = int((time.time() - entry.started_at) * 1000)
            try:
                self._write(entry)
            except sqlite3.Error:
                log.exception("failed to persist usage row for %s", feature_context)


llm_tracker = LlmUsageTracker()
