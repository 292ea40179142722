"""Usage tracking: records tokens per feature into a local SQLite file.

Mirrors the team-wide ``llm_tracker`` contract so that the same dashboards
work for the workbench.
"""
import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass, field

import FreeCAD

DB_PATH = os.path.join(FreeCAD.getUserAppDataDir(), "aiassist_usage.sqlite")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.time)
    error: str = ""


class LLMUsageTracker:
    def __init__(self, db_path=DB_PATH):
        self.db_path = db_path
        self._ensure_schema()

    def _ensure_schema(self):
        with sqlite3.connect(self.db_path) as con:
            con.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs ("
                " ts REAL, provider TEXT, model TEXT, feature TEXT,"
                " input_tokens INTEGER, output_tokens INTEGER, duration REAL, error TEXT)"
            )

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.error = repr(exc)
            raise
        finally:
            self._write(log)

    def _write(self, log):
        with sqlite3.connect(self.db_path) as con:
            con.execute(
                "INSERT INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?)",
                (
                    log.started,
                    log.provider,
                    log.model,
                    log.feature_context,
                    log.input_tokens,
                    log.output_tokens,
                    time.time() - log.started,
                    log.error,
                ),
            )

    def totals(self):
        with sqlite3.connect(self.db_path) as con:
            return con.execute(
                "SELECT provider, model, SUM(input_tokens), SUM(output_tokens)"
                " FROM llm_usage_logs GROUP BY provider, model"
            ).fetchall()


llm_tracker = LLMUsageTracker()
