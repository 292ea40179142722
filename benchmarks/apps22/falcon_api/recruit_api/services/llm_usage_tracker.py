"""Records one row per LLM request in ``llm_usage_logs``.

Usage::

    async with llm_tracker.track_llm_call(provider="anthropic", model=m,
                                          feature_context="cv_screening") as usage_log:
        resp = client.messages.create(...)
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
"""
from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from recruit_api.services.cost import estimate_cost_usd

log = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS llm_usage_logs (
    id TEXT PRIMARY KEY,
    provider TEXT NOT NULL,
    model TEXT NOT NULL,
    feature_context TEXT,
    tenant_id TEXT,
    input_tokens INTEGER DEFAULT 0,
    output_tokens INTEGER DEFAULT 0,
    cost_usd REAL DEFAULT 0,
    latency_ms INTEGER,
    success INTEGER,
    error TEXT,
    created_at REAL
)
"""


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: Optional[str] = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    started_at: float = field(default_factory=time.monotonic)


class LLMUsageTracker:
    def __init__(self, db_path: str = "recruit.sqlite3") -> None:
        self._db_path = db_path
        self._lock = threading.Lock()
        self._ready = False

    def configure(self, db_path: str) -> None:
        self._db_path = db_path
        self._ready = False

    def _conn(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self._db_path)
        if not self._ready:
            conn.execute(_SCHEMA)
            self._ready = True
        return conn

    def _write(self, entry: UsageLog) -> None:
        latency_ms = int((time.monotonic() - entry.started_at) * 1000)
        cost = estimate_cost_usd(entry.model, entry.input_tokens, entry.output_tokens)
        with self._lock, contextlib.closing(self._conn()) as conn:
            conn.execute(
                "INSERT INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    entry.id, entry.provider, entry.model, entry.feature_context,
                    entry.tenant_id, entry.input_tokens, entry.output_tokens, cost,
                    latency_ms, int(entry.success), entry.error, time.time(),
                ),
            )
            conn.commit()

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context,
                         tenant_id=tenant_id)
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)[:500]
            raise
        finally:
            try:
                self._write(entry)
            except sqlite3.Error:
                log.exception("failed to persist llm usage row %s", entry.id)


llm_tracker = LLMUsageTracker()
