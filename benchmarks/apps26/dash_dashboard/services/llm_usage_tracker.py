"""Usage tracker for the few places that still call provider SDKs directly.

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="x") as usage_log:
        resp = client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import AsyncIterator

from config import get_settings

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS llm_usage_logs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    ts REAL NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    feature_context TEXT,
    input_tokens INTEGER DEFAULT 0,
    output_tokens INTEGER DEFAULT 0,
    latency_ms INTEGER,
    success INTEGER DEFAULT 1,
    error TEXT
)
"""


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, db_path: str) -> None:
        self._db_path = db_path
        self._lock = threading.Lock()
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(db_path) as conn:
            conn.execute(_SCHEMA)

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str | None = None
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001 - re-raised below
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            self._persist(usage_log)

    def _persist(self, usage_log: UsageLog) -> None:
        latency_ms = int((time.monotonic() - usage_log.started_at) * 1000)
        with self._lock, sqlite3.connect(self._db_path) as conn:
            conn.execute(
                "INSERT INTO llm_usage_logs (ts, provider, model, feature_context, input_tokens,"
                " output_tokens, latency_ms, success, error) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    time.time(),
                    usage_log.provider,
                    usage_log.model,
                    usage_log.feature_context,
                    usage_log.input_tokens,
                    usage_log.output_tokens,
                    latency_ms,
                    int(usage_log.success),
                    usage_log.error,
                ),
            )

    def recent(self, limit: int = 500) -> list[dict]:
        with sqlite3.connect(self._db_path) as conn:
            conn.row_factory = sqlite3.Row
            rows = conn.execute(
                "SELECT * FROM llm_usage_logs ORDER BY ts DESC LIMIT ?", (limit,)
            ).fetchall()
        return [dict(r) for r in rows]


llm_tracker = LLMUsageTracker(get_settings().usage_db_path)
