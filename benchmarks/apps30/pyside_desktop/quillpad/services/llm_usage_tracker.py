"""Local usage tracker: records token counts for the usage panel."""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import time
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QStandardPaths

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)
    duration_ms: int = 0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, db_path: Path | None = None) -> None:
        if db_path is None:
            base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
            db_path = Path(base or ".") / "usage.sqlite3"
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self._db_path = db_path
        with self._connect() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs ("
                "id INTEGER PRIMARY KEY, ts REAL, provider TEXT, model TEXT, feature TEXT,"
                " input_tokens INTEGER, output_tokens INTEGER, duration_ms INTEGER, error TEXT)"
            )

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._db_path)

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "general"):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:  # noqa: BLE001 - recorded and re-raised
            usage.error = repr(exc)
            raise
        finally:
            usage.duration_ms = int((time.monotonic() - usage.started) * 1000)
            self._record(usage)

    def _record(self, usage: UsageLog) -> None:
        try:
            with self._connect() as conn:
                conn.execute(
                    "INSERT INTO llm_usage_logs (ts, provider, model, feature, input_tokens,"
                    " output_tokens, duration_ms, error) VALUES (?,?,?,?,?,?,?,?)",
                    (time.time(), usage.provider, usage.model, usage.feature_context,
                     usage.input_tokens, usage.output_tokens, usage.duration_ms, usage.error),
                )
        except sqlite3.Error:
            log.exception("could not record usage")

    def totals(self) -> list[tuple]:
        with self._connect() as conn:
            return conn.execute(
                "SELECT provider, model, SUM(input_tokens), SUM(output_tokens) FROM llm_usage_logs"
                " GROUP BY provider, model"
            ).fetchall()


llm_tracker = LLMUsageTracker()
