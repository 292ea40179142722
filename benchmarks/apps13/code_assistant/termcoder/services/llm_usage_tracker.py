"""Records every tracked LLM request to the usage log.

Local installs write to ~/.termcoder/usage.db (SQLite); the team deployment sets
`tracking_dsn` and writes to Postgres so costs show up on the dashboard.
"""

import sqlite3
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..config import get_settings
from ..logging_setup import get_logger

log = get_logger(__name__)

DB_PATH = Path.home() / ".termcoder" / "usage.db"

# USD per million tokens (input, output); kept in sync with scripts/update_model_prices.py
PRICES = {
    "claude-sonnet-4-5": (3.0, 15.0),
    "claude-opus-4-1": (15.0, 75.0),
    "claude-3-5-haiku-latest": (0.8, 4.0),
    "gpt-4.1": (2.0, 8.0),
    "gpt-4.1-mini": (0.4, 1.6),
    "o4-mini": (1.1, 4.4),
    "deepseek-chat": (0.27, 1.1),
    "gemini-2.5-pro": (1.25, 10.0),
    "gemini-2.5-flash": (0.3, 2.5),
    "llama-3.3-70b-versatile": (0.59, 0.79),
}


@dataclass
class UsageLog:
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    provider: str = ""
    model: str = ""
    feature_context: str = ""
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: Optional[str] = None

    @property
    def cost_usd(self) -> float:
        pin, pout = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * pin + self.output_tokens * pout) / 1_000_000


class LLMUsageTracker:
    def __init__(self, db_path: Path = DB_PATH):
        self.db_path = db_path
        self._ready = False

    def _conn(self):
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.db_path)
        if not self._ready:
            conn.execute(
                """CREATE TABLE IF NOT EXISTS llm_usage_logs (
                    id TEXT PRIMARY KEY, provider TEXT, model TEXT, feature_context TEXT,
                    input_tokens INTEGER, output_tokens INTEGER, cost_usd REAL,
                    started_at REAL, duration_ms INTEGER, success INTEGER, error TEXT)"""
            )
            self._ready = True
        return conn

    def _write(self, usage: UsageLog) -> None:
        dsn = get_settings().tracking_dsn
        if dsn:
            self._write_remote(dsn, usage)
            return
        with self._conn() as conn:
            conn.execute(
                "INSERT INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    usage.id,
                    usage.provider,
                    usage.model,
                    usage.feature_context,
                    usage.input_tokens,
                    usage.output_tokens,
                    usage.cost_usd,
                    usage.started_at,
                    usage.duration_ms,
                    int(usage.success),
                    usage.error,
                ),
            )

    def _write_remote(self, dsn: str, usage: UsageLog) -> None:
        import psycopg

        with psycopg.connect(dsn) as conn:
            conn.execute(
                "INSERT INTO migration.llm_usage_logs (id, provider, model, feature_context, "
                "input_tokens, output_tokens, cost_usd, duration_ms, success, error) "
                "VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                (
                    usage.id,
                    usage.provider,
                    usage.model,
                    usage.feature_context,
                    usage.input_tokens,
                    usage.output_tokens,
                    usage.cost_usd,
                    usage.duration_ms,
                    usage.success,
                    usage.error,
                ),
            )

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as err:
            usage.success = False
            usage.error = str(err)[:500]
            raise
        finally:
            usage.duration_ms = int((time.time() - usage.started_at) * 1000)
            try:
                self._write(usage)
            except Exception as err:  # tracking must never break the feature
                log.warning("could not record LLM usage: %s", err)

    def totals(self, since: float = 0.0):
        with self._conn() as conn:
            row = conn.execute(
                "SELECT COALESCE(SUM(input_tokens),0), COALESCE(SUM(output_tokens),0), "
                "COALESCE(SUM(cost_usd),0) FROM llm_usage_logs WHERE started_at >= ?",
                (since,),
            ).fetchone()
        return {"input_tokens": row[0], "output_tokens": row[1], "cost_usd": round(row[2], 4)}


llm_tracker = LLMUsageTracker()
