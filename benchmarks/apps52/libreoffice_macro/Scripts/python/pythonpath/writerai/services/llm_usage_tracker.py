"""Usage tracker: records every billable call to a local SQLite ledger.

The team dashboard reads the ledger via scripts/export_usage.py.
"""
import contextlib
import logging
import os
import sqlite3
import time
from dataclasses import dataclass

from writerai.tokens import calculate_cost

log = logging.getLogger("writerai.usage")

DB_PATH = os.path.join(os.path.expanduser("~"), ".config", "writerai", "usage.sqlite3")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str = ""
    started: float = 0.0
    duration_ms: int = 0


class LLMUsageTracker:
    def __init__(self, db_path=DB_PATH):
        self.db_path = db_path
        self._ready = False

    def _conn(self):
        os.makedirs(os.path.dirname(self.db_path), exist_ok=True)
        conn = sqlite3.connect(self.db_path)
        if not self._ready:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs ("
                "ts REAL, provider TEXT, model TEXT, feature TEXT, input_tokens INT, "
                "output_tokens INT, cost REAL, success INT, error TEXT, duration_ms INT)"
            )
            self._ready = True
        return conn

    def _write(self, entry):
        cost = calculate_cost(entry.model, entry.input_tokens, entry.output_tokens)
        with contextlib.closing(self._conn()) as conn, conn:
            conn.execute(
                "INSERT INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?,?,?)",
                (entry.started, entry.provider, entry.model, entry.feature_context,
                 entry.input_tokens, entry.output_tokens, cost, int(entry.success),
                 entry.error, entry.duration_ms),
            )

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="general"):
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context,
                         started=time.time())
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)[:500]
            raise
        finally:
            entry.duration_ms = int((time.time() - entry.started) * 1000)
            try:
                self._write(entry)
            except sqlite3.Error:
                log.exception("could not record usage")


llm_tracker = LLMUsageTracker()
