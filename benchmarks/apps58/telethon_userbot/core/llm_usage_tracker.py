"""Very small usage tracker: one row per LLM call in sqlite.

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="ask") as usage_log:
        resp = await client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from config import settings

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
    latency_ms INTEGER DEFAULT 0,
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
    started: float = field(default_factory=time.monotonic)
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, db_path: str) -> None:
        self.db_path = db_path
        self._conn: sqlite3.Connection | None = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self._conn = sqlite3.connect(self.db_path)
            self._conn.execute(_SCHEMA)
        return self._conn

    def _write(self, entry: UsageLog) -> None:
        latency = int((time.monotonic() - entry.started) * 1000)
        db = self._db()
        db.execute(
            "INSERT INTO llm_usage_logs (ts, provider, model, feature_context, input_tokens,"
            " output_tokens, latency_ms, success, error) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                time.time(),
                entry.provider,
                entry.model,
                entry.feature_context,
                entry.input_tokens,
                entry.output_tokens,
                latency,
                int(entry.success),
                entry.error,
            ),
        )
        db.commit()

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str | None = None
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception as exc:  # noqa: BLE001
            entry.success = False
            entry.error = repr(exc)[:500]
            raise
        finally:
            try:
                self._write(entry)
            except sqlite3.Error:
                log.exception("failed to persist usage log")

    def totals(self, since: float | None = None) -> list[tuple]:
        q = (
            "SELECT provider, model, SUM(input_tokens), SUM(output_tokens), COUNT(*)"
            " FROM llm_usage_logs"
        )
        args: tuple = ()
        if since is not None:
            q += " WHERE ts >= ?"
            args = (since,)
        q += " GROUP BY provider, model ORDER BY 3 DESC"
        return list(self._db().execute(q, args))


llm_tracker = LLMUsageTracker(settings.db_path)
