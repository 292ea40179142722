"""Usage tracker: records tokens per call in the local usage database."""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from typing import AsyncIterator

from tray import settings

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    started_at: float = field(default_factory=time.time)
    input_tokens: int = 0
    output_tokens: int = 0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._db_path = settings.config_dir() / "usage.sqlite3"
        self._ready = False

    def _conn(self) -> sqlite3.Connection:
        self._db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self._db_path)
        if not self._ready:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs ("
                " ts REAL, provider TEXT, model TEXT, feature TEXT,"
                " input_tokens INTEGER, output_tokens INTEGER, error TEXT, seconds REAL)"
            )
            self._ready = True
        return conn

    def _write(self, entry: UsageLog) -> None:
        with self._lock, contextlib.closing(self._conn()) as conn:
            conn.execute(
                "INSERT INTO llm_usage_logs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    entry.started_at,
                    entry.provider,
                    entry.model,
                    entry.feature_context,
                    entry.input_tokens,
                    entry.output_tokens,
                    entry.error,
                    time.time() - entry.started_at,
                ),
            )
            conn.commit()

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str = "general"
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception as exc:
            entry.error = repr(exc)
            raise
        finally:
            try:
                self._write(entry)
            except sqlite3.Error:
                log.exception("could not record usage for %s", model)


llm_tracker = LLMUsageTracker()
