"""Records every LLM call (provider, model, tokens, latency, feature) to SQLite."""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from typing import AsyncIterator

from bot.config import settings
from bot.services.cost import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    channel: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str | None = None
    started: float = field(default_factory=time.perf_counter)


class LLMUsageTracker:
    def __init__(self, db_path: str):
        self.db_path = db_path
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        with sqlite3.connect(self.db_path) as db:
            db.execute(
                """CREATE TABLE IF NOT EXISTS llm_usage_logs (
                    id INTEGER PRIMARY KEY, ts REAL, provider TEXT, model TEXT, feature TEXT,
                    channel TEXT, input_tokens INT, output_tokens INT, cost_usd REAL,
                    latency_ms INT, success INT, error TEXT)"""
            )

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str, channel: str | None = None
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider, model, feature_context, channel)
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            self._write(usage)

    def _write(self, usage: UsageLog) -> None:
        latency = int((time.perf_counter() - usage.started) * 1000)
        cost = estimate_cost(usage.model, usage.input_tokens, usage.output_tokens)
        try:
            with sqlite3.connect(self.db_path) as db:
                db.execute(
                    "INSERT INTO llm_usage_logs (ts, provider, model, feature, channel, input_tokens,"
                    " output_tokens, cost_usd, latency_ms, success, error)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (time.time(), usage.provider, usage.model, usage.feature_context, usage.channel,
                     usage.input_tokens, usage.output_tokens, cost, latency, int(usage.success),
                     usage.error),
                )
        except sqlite3.Error:
            log.exception("could not record LLM usage")

    def totals_since(self, since_ts: float) -> dict[str, float]:
        with sqlite3.connect(self.db_path) as db:
            rows = db.execute(
                "SELECT provider, SUM(cost_usd) FROM llm_usage_logs WHERE ts >= ? GROUP BY provider",
                (since_ts,),
            ).fetchall()
        return {provider: cost or 0.0 for provider, cost in rows}


llm_tracker = LLMUsageTracker(settings.db_path)
