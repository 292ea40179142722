"""Usage tracking for LLM calls (cost dashboard at /finops/llm-costs).

Usage:

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sqlite3
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator, Optional

from evalharness.config import DEFAULT_CACHE_DIR

logger = logging.getLogger(__name__)

# $ per 1M tokens (input, output). Only what we run regularly; unknown models cost 0 here.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-haiku-4-5": (1.00, 5.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "deepseek-chat": (0.27, 1.10),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    run_id: Optional[str] = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None
    created_at: float = field(default_factory=time.time)

    @property
    def cost_usd(self) -> float:
        for prefix, (pin, pout) in PRICES.items():
            if self.model.split("/")[-1].startswith(prefix):
                return (self.input_tokens * pin + self.output_tokens * pout) / 1_000_000
        return 0.0


class LLMUsageTracker:
    def __init__(self, db_path: Optional[Path] = None):
        self.db_path = db_path or DEFAULT_CACHE_DIR / "llm_usage.sqlite"
        self._lock = asyncio.Lock()
        self._initialised = False

    def _init_db(self) -> None:
        self.db_path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS llm_usage_logs ("
                " id TEXT PRIMARY KEY, created_at REAL, provider TEXT, model TEXT,"
                " feature_context TEXT, run_id TEXT, input_tokens INTEGER, output_tokens INTEGER,"
                " cost_usd REAL, latency_ms REAL, success INTEGER, error TEXT)"
            )
        self._initialised = True

    def _write(self, log: UsageLog) -> None:
        if not self._initialised:
            self._init_db()
        with sqlite3.connect(self.db_path) as conn:
            conn.execute(
                "INSERT INTO llm_usage_logs VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    log.id, log.created_at, log.provider, log.model, log.feature_context,
                    log.run_id, log.input_tokens, log.output_tokens, log.cost_usd,
                    log.latency_ms, int(log.success), log.error,
                ),
            )

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        run_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(
            provider=provider,
            model=model,
            feature_context=feature_context,
            run_id=run_id or os.environ.get("EVALH_RUN_ID"),
        )
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - start) * 1000
            async with self._lock:
                try:
                    await asyncio.to_thread(self._write, log)
                except sqlite3.Error:
                    logger.exception("could not persist usage log %s", json.dumps(asdict(log)))


llm_tracker = LLMUsageTracker()
