"""Usage tracking for LLM calls (cost attribution per plugin/feature).

Usage rows are written to the finops Postgres (``llm_usage_logs``); when the
DSN is missing (local dev, tests) they just go to the log.
"""
from __future__ import annotations

import logging
import os
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from lib.cost import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, dsn: Optional[str] = None) -> None:
        self._dsn = dsn or os.environ.get("FINOPS_DATABASE_URL")
        self._pool = None

    async def _get_pool(self):
        if self._pool is None and self._dsn:
            import asyncpg

            self._pool = await asyncpg.create_pool(self._dsn, min_size=1, max_size=4)
        return self._pool

    async def _persist(self, entry: UsageLog) -> None:
        pool = await self._get_pool()
        if pool is None:
            log.info(
                "llm usage %s/%s feature=%s in=%d out=%d cost=$%.5f",
                entry.provider, entry.model, entry.feature_context,
                entry.input_tokens, entry.output_tokens, entry.cost_usd,
            )
            return
        async with pool.acquire() as conn:
            await conn.execute(
                """
                INSERT INTO llm_usage_logs
                    (request_id, provider, model, feature_context, input_tokens,
                     output_tokens, cost_usd, success, error, duration_ms)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """,
                entry.request_id, entry.provider, entry.model, entry.feature_context,
                entry.input_tokens, entry.output_tokens, entry.cost_usd,
                entry.success, entry.error, entry.duration_ms,
            )

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception as exc:  # noqa: BLE001 - re-raised below
            entry.success = False
            entry.error = repr(exc)[:500]
            raise
        finally:
            entry.duration_ms = (time.monotonic() - entry.started_at) * 1000
            try:
                await self._persist(entry)
            except Exception:  # pragma: no cover - never break the caller
                log.exception("failed to persist llm usage row")


llm_tracker = LLMUsageTracker()
