"""Usage tracking for model calls (tokens, latency, feature attribution).

Rows go to the `llm_usage_logs` table of the shared finops database.
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = None

    def configure(self, sink) -> None:
        self._sink = sink

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str = "mattermost_bot"
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001 - we re-raise
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            await self._persist(log)

    async def _persist(self, log: UsageLog) -> None:
        if self._sink is None:
            logger.info(
                "llm usage provider=%s model=%s in=%s out=%s feature=%s",
                log.provider, log.model, log.input_tokens, log.output_tokens, log.feature_context,
            )
            return
        await self._sink.write(log)


llm_tracker = LLMUsageTracker()


class SqliteUsageSink:
    """Local fallback sink used in dev; prod writes to the finops Postgres."""

    DDL = """
    CREATE TABLE IF NOT EXISTS llm_usage_logs (
        request_id TEXT PRIMARY KEY,
        provider TEXT, model TEXT, feature_context TEXT,
        input_tokens INTEGER, output_tokens INTEGER,
        latency_ms REAL, success INTEGER, error TEXT,
        created_at REAL
    )
    """

    def __init__(self, path: str) -> None:
        import sqlite3

        self._conn = sqlite3.connect(path, check_same_thread=False)
        self._conn.execute(self.DDL)

    async def write(self, log: UsageLog) -> None:
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO llm_usage_logs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    log.request_id, log.provider, log.model, log.feature_context,
                    log.input_tokens, log.output_tokens, log.latency_ms,
                    int(log.success), log.error, time.time(),
                ),
            )


@dataclass
class UsageTotal:
    model: str
    input_tokens: int
    output_tokens: int
    calls: int


class UsageRepository:
    """Read side of the usage table, for the `!usage` admin command."""

    def __init__(self, sink: SqliteUsageSink) -> None:
        self._conn = sink._conn

    def totals(self, days: int = 7) -> list[UsageTotal]:
        cutoff = time.time() - days * 86400
        rows = self._conn.execute(
            "SELECT model, SUM(input_tokens), SUM(output_tokens), COUNT(*) FROM llm_usage_logs "
            "WHERE created_at >= ? GROUP BY model ORDER BY SUM(output_tokens) DESC",
            (cutoff,),
        ).fetchall()
        return [UsageTotal(m, int(i or 0), int(o or 0), int(c)) for m, i, o, c in rows]

    def by_feature(self, days: int = 7) -> dict[str, int]:
        cutoff = time.time() - days * 86400
        rows = self._conn.execute(
            "SELECT feature_context, SUM(input_tokens + output_tokens) FROM llm_usage_logs "
            "WHERE created_at >= ? GROUP BY feature_context",
            (cutoff,),
        ).fetchall()
        return {feature: int(total or 0) for feature, total in rows}
