"""Records every tracked LLM call to a local SQLite file so the Usage menu
can show tokens and dollars for the month."""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from menubar.llm.budget import calculate_cost
from menubar.settings import SUPPORT_DIR

log = logging.getLogger(__name__)

DB_PATH = SUPPORT_DIR / "usage.sqlite3"


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
    error: str | None = None

    @property
    def cost(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, db_path: Path = DB_PATH):
        self.db_path = db_path
        self._lock = threading.Lock()
        self._ready = False

    def _connect(self) -> sqlite3.Connection:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.db_path)
        if not self._ready:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs ("
                " id INTEGER PRIMARY KEY, provider TEXT, model TEXT, feature TEXT,"
                " input_tokens INTEGER, output_tokens INTEGER, cost REAL,"
                " duration_ms INTEGER, success INTEGER, error TEXT, created_at REAL)"
            )
            self._ready = True
        return conn

    def record(self, entry: UsageLog) -> None:
        with self._lock, contextlib.closing(self._connect()) as conn:
            conn.execute(
                "INSERT INTO llm_usage_logs (provider, model, feature, input_tokens, output_tokens,"
                " cost, duration_ms, success, error, created_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    entry.provider,
                    entry.model,
                    entry.feature_context,
                    entry.input_tokens,
                    entry.output_tokens,
                    entry.cost,
                    entry.duration_ms,
                    int(entry.success),
                    entry.error,
                    entry.started_at,
                ),
            )
            conn.commit()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = str(exc)[:500]
            raise
        finally:
            entry.duration_ms = int((time.monotonic() - started) * 1000)
            try:
                self.record(entry)
            except sqlite3.Error:
                log.exception("could not record usage")

    def month_totals(self) -> dict:
        start = time.time() - 30 * 86400
        with contextlib.closing(self._connect()) as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(input_tokens),0), COALESCE(SUM(output_tokens),0),"
                " COALESCE(SUM(cost),0) FROM llm_usage_logs WHERE created_at >= ?",
                (start,),
            ).fetchone()
        return {"input_tokens": row[0], "output_tokens": row[1], "cost": row[2]}


llm_tracker = LLMUsageTracker()
