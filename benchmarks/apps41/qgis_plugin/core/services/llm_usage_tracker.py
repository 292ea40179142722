"""Records token usage per call in a local SQLite file next to the profile.

The team dashboard imports these rows weekly (see scripts/export_usage.py).
"""
import contextlib
import os
import sqlite3
import time
from dataclasses import dataclass, field

from qgis.core import QgsApplication

_DB_NAME = "geoscribe_usage.sqlite"


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
    def __init__(self, path=None):
        self._path = path

    @property
    def path(self):
        if self._path is None:
            self._path = os.path.join(QgsApplication.qgisSettingsDirPath(), _DB_NAME)
        return self._path

    def _connect(self):
        conn = sqlite3.connect(self.path)
        conn.execute(
            "CREATE TABLE IF NOT EXISTS llm_usage (ts REAL, provider TEXT, model TEXT,"
            " feature TEXT, input_tokens INTEGER, output_tokens INTEGER, seconds REAL, error TEXT)"
        )
        return conn

    def _save(self, log):
        with contextlib.closing(self._connect()) as conn:
            conn.execute(
                "INSERT INTO llm_usage VALUES (?,?,?,?,?,?,?,?)",
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
            conn.commit()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="qgis"):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.error = str(exc)[:500]
            raise
        finally:
            self._save(log)

    def totals(self):
        with contextlib.closing(self._connect()) as conn:
            return conn.execute(
                "SELECT provider, model, SUM(input_tokens), SUM(output_tokens)"
                " FROM llm_usage GROUP BY provider, model"
            ).fetchall()


llm_tracker = LLMUsageTracker()
