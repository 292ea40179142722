"""Records every model call (tokens, latency, cost) to the FinOps usage table."""
from __future__ import annotations

import logging
import sqlite3
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from bot.config import get_settings

log = logging.getLogger(__name__)

# USD per million tokens (input, output); kept in sync with finance's sheet
PRICES = {
    "claude-sonnet-4-5": (3.0, 15.0),
    "claude-haiku-4-5": (1.0, 5.0),
    "gpt-4o": (2.5, 10.0),
    "gpt-4o-mini": (0.15, 0.6),
    "text-embedding-3-small": (0.02, 0.0),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    latency_ms: Optional[int] = None
    success: bool = True
    error: Optional[str] = None

    @property
    def cost_usd(self) -> float:
        inp, out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * inp + self.output_tokens * out) / 1_000_000


class LLMUsageTracker:
    def __init__(self, db_path: Optional[str] = None) -> None:
        self._db_path = db_path or get_settings().database_path

    def _write(self, entry: UsageLog) -> None:
        with sqlite3.connect(self._db_path) as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs (call_id TEXT PRIMARY KEY, provider TEXT, model TEXT,"
                " feature_context TEXT, input_tokens INT, output_tokens INT, cost_usd REAL, latency_ms INT,"
                " success INT, error TEXT, created_at REAL)"
            )
            conn.execute(
                "INSERT INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                (
                    entry.call_id,
                    entry.provider,
                    entry.model,
                    entry.feature_context,
                    entry.input_tokens,
                    entry.output_tokens,
                    entry.cost_usd,
                    entry.latency_ms,
                    int(entry.success),
                    entry.error,
                    entry.started_at,
                ),
            )

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)[:500]
            raise
        finally:
            entry.latency_ms = int((time.time() - entry.started_at) * 1000)
            try:
                self._write(entry)
            except Exception:  # never break the caller because of bookkeeping
                log.exception("failed to record llm usage")


llm_tracker = LLMUsageTracker()
