"""Local usage tracker.

The extension keeps a small sqlite ledger of token usage so the "ai usage"
command can show what the month costs. Same interface as the tracker used by
the backend team so code can be moved between the two.
"""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import AsyncIterator, Iterator, Optional

from ..cost import estimate_cost

log = logging.getLogger(__name__)

DB_PATH = Path.home() / ".local" / "share" / "ulauncher-ai" / "usage.sqlite3"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, db_path: Path = DB_PATH):
        self.db_path = db_path
        self._lock = threading.Lock()
        self._conn: Optional[sqlite3.Connection] = None

    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self.db_path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(self.db_path), check_same_thread=False)
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS usage (ts REAL, provider TEXT, model TEXT,"
                " feature TEXT, input_tokens INT, output_tokens INT, cost REAL, error TEXT)"
            )
        return self._conn

    def _write(self, entry: UsageLog) -> None:
        cost = estimate_cost(entry.model, entry.input_tokens, entry.output_tokens)
        with self._lock:
            db = self._db()
            db.execute(
                "INSERT INTO usage VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (entry.started_at, entry.provider, entry.model, entry.feature_context,
                 entry.input_tokens, entry.output_tokens, cost, entry.error),
            )
            db.commit()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception as exc:  # noqa: BLE001
            entry.error = repr(exc)
            raise
        finally:
            self._write(entry)

    @contextlib.contextmanager
    def track_sync(self, provider: str, model: str, feature_context: str) -> Iterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        finally:
            self._write(entry)

    def month_total(self) -> float:
        start = time.time() - 30 * 86400
        with self._lock:
            row = self._db().execute("SELECT SUM(cost) FROM usage WHERE ts > ?", (start,)).fetchone()
        return float(row[0] or 0.0)


llm_tracker = LLMUsageTracker()
