"""Usage tracking: writes one row per LLM call into the local usage.sqlite."""
from __future__ import annotations

import sqlite3
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from backend.settings import config_dir


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, db_path=None) -> None:
        self.db_path = db_path or (config_dir() / "usage.sqlite")
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage (ts REAL, provider TEXT, model TEXT,"
                " feature TEXT, input_tokens INT, output_tokens INT, latency REAL, error TEXT)"
            )

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider, model, feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            self._write(usage_log)

    def _write(self, u: UsageLog) -> None:
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "INSERT INTO llm_usage VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (time.time(), u.provider, u.model, u.feature_context, u.input_tokens,
                 u.output_tokens, time.monotonic() - u.started, u.error),
            )

    def totals(self) -> list[tuple]:
        with sqlite3.connect(self.db_path) as conn:
            return conn.execute(
                "SELECT provider, model, SUM(input_tokens), SUM(output_tokens) FROM llm_usage"
                " GROUP BY provider, model"
            ).fetchall()


llm_tracker = LLMUsageTracker()
