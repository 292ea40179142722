"""Records every tracked model call to the local usage log (shown in Tools > Usage)."""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from research_assistant.core.tokens import calculate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.time)
    duration: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, db_path: Path | None = None):
        self._db_path = db_path or Path.home() / ".research_assistant" / "usage.sqlite3"
        self._lock = threading.Lock()
        self._listeners = []

    def _ensure(self, conn):
        conn.execute(
            "CREATE TABLE IF NOT EXISTS usage (provider TEXT, model TEXT, feature TEXT, "
            "input_tokens INT, output_tokens INT, cost REAL, duration REAL, ok INT, ts REAL)"
        )

    def add_listener(self, fn) -> None:
        self._listeners.append(fn)

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = str(exc)
            raise
        finally:
            usage_log.duration = time.time() - usage_log.started
            self._persist(usage_log)

    def _persist(self, usage_log: UsageLog) -> None:
        self._db_path.parent.mkdir(parents=True, exist_ok=True)
        with self._lock, sqlite3.connect(str(self._db_path)) as conn:
            self._ensure(conn)
            conn.execute(
                "INSERT INTO usage VALUES (?,?,?,?,?,?,?,?,?)",
                (usage_log.provider, usage_log.model, usage_log.feature_context,
                 usage_log.input_tokens, usage_log.output_tokens, usage_log.cost,
                 usage_log.duration, int(usage_log.success), usage_log.started),
            )
        for fn in list(self._listeners):
            try:
                fn(usage_log)
            except Exception:  # listeners are UI callbacks, never fatal
                log.exception("usage listener failed")

    def totals(self) -> dict[str, float]:
        if not self._db_path.exists():
            return {}
        with sqlite3.connect(str(self._db_path)) as conn:
            self._ensure(conn)
            rows = conn.execute("SELECT provider, SUM(cost) FROM usage GROUP BY provider").fetchall()
        return {p: c or 0.0 for p, c in rows}


llm_tracker = LLMUsageTracker()
