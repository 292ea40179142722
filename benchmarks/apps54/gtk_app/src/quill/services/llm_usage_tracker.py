"""Local usage ledger.

Every LLM request Quill makes is supposed to be recorded here so the
"Usage" page in Preferences can show tokens and an approximate bill.
The ledger is a small SQLite database in the user's data dir.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from gi.repository import GLib

from quill.usage import estimate_cost

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS llm_usage (
    id INTEGER PRIMARY KEY,
    ts REAL NOT NULL,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    feature TEXT,
    input_tokens INTEGER DEFAULT 0,
    output_tokens INTEGER DEFAULT 0,
    cost REAL DEFAULT 0,
    duration_ms INTEGER DEFAULT 0,
    ok INTEGER DEFAULT 1
)
"""


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)
    ok: bool = True


class LLMUsageTracker:
    def __init__(self, db_path: Path | None = None) -> None:
        if db_path is None:
            db_path = Path(GLib.get_user_data_dir()) / "quill" / "usage.sqlite3"
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self._db_path = db_path
        self._lock = threading.Lock()
        self._enabled = True
        with self._connect() as conn:
            conn.execute(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self._db_path, check_same_thread=False)

    def set_enabled(self, enabled: bool) -> None:
        self._enabled = enabled

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str | None = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception:
            usage_log.ok = False
            raise
        finally:
            self._record(usage_log)

    @contextlib.contextmanager
    def track_llm_call_sync(self, provider: str, model: str, feature_context: str | None = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception:
            usage_log.ok = False
            raise
        finally:
            self._record(usage_log)

    def _record(self, usage_log: UsageLog) -> None:
        if not self._enabled:
            return
        duration_ms = int((time.monotonic() - usage_log.started) * 1000)
        cost = estimate_cost(usage_log.model, usage_log.input_tokens, usage_log.output_tokens)
        with self._lock, self._connect() as conn:
            conn.execute(
                "INSERT INTO llm_usage (ts, provider, model, feature, input_tokens, output_tokens, cost, duration_ms, ok)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    time.time(),
                    usage_log.provider,
                    usage_log.model,
                    usage_log.feature_context,
                    usage_log.input_tokens,
                    usage_log.output_tokens,
                    cost,
                    duration_ms,
                    int(usage_log.ok),
                ),
            )
        log.debug("recorded %s/%s %d+%d tokens", usage_log.provider, usage_log.model,
                  usage_log.input_tokens, usage_log.output_tokens)

    def totals_by_provider(self) -> dict[str, tuple[int, int, float]]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT provider, SUM(input_tokens), SUM(output_tokens), SUM(cost) FROM llm_usage GROUP BY provider"
            ).fetchall()
        return {r[0]: (r[1] or 0, r[2] or 0, r[3] or 0.0) for r in rows}


llm_tracker = LLMUsageTracker()
