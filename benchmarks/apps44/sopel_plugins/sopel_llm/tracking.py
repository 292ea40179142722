"""Usage tracker: every tracked call ends up as a row in ``llm_usage_logs``.

This is the small in-bot version of the tracker the platform team runs; the
plugins use it through ``llm_tracker.track_llm_call(...)``.
"""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from typing import Optional

from .pricing import estimate_cost

LOGGER = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.time)
    error: Optional[str] = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, db_path: str = "llm_usage.db"):
        self.db_path = db_path
        self._initialised = False

    def _conn(self):
        conn = sqlite3.connect(self.db_path)
        if not self._initialised:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs (provider TEXT, model TEXT, feature TEXT, "
                "input_tokens INT, output_tokens INT, cost REAL, duration REAL, error TEXT)"
            )
            self._initialised = True
        return conn

    def _record(self, log: UsageLog) -> None:
        try:
            conn = self._conn()
            with conn:
                conn.execute(
                    "INSERT INTO llm_usage_logs VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        log.provider,
                        log.model,
                        log.feature_context,
                        log.input_tokens,
                        log.output_tokens,
                        log.cost_usd,
                        time.time() - log.started,
                        log.error,
                    ),
                )
            conn.close()
        except sqlite3.Error:
            LOGGER.exception("could not record LLM usage")

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.error = repr(exc)
            raise
        finally:
            self._record(log)

    def totals(self, since: float = 0.0):
        conn = self._conn()
        rows = conn.execute(
            "SELECT provider, model, SUM(input_tokens), SUM(output_tokens), SUM(cost) "
            "FROM llm_usage_logs GROUP BY provider, model"
        ).fetchall()
        conn.close()
        return rows


llm_tracker = LLMUsageTracker()
