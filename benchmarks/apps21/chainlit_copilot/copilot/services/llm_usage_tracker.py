"""Usage tracker: every model call should land a row in ``copilot.llm_usage_logs``.

Use it as an async context manager around legacy calls::

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

import asyncpg

from copilot.config import settings

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    session_id: Optional[str] = None
    user_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "ok"
    error: Optional[str] = None
    started_at: float = field(default_factory=time.time)
    latency_ms: int = 0
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


class LLMUsageTracker:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._pool: Optional[asyncpg.Pool] = None

    async def _get_pool(self) -> asyncpg.Pool:
        if self._pool is None:
            self._pool = await asyncpg.create_pool(self._dsn, min_size=1, max_size=4)
        return self._pool

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        session_id: Optional[str] = None,
        user_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider, model, feature_context, session_id, user_id)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.status = "error"
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.latency_ms = int((time.time() - usage_log.started_at) * 1000)
            await self._persist(usage_log)

    async def _persist(self, usage_log: UsageLog) -> None:
        try:
            pool = await self._get_pool()
            async with pool.acquire() as conn:
                await conn.execute(
                    """INSERT INTO copilot.llm_usage_logs
                       (id, provider, model, feature_context, session_id, user_id,
                        input_tokens, output_tokens, status, error, latency_ms)
                       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)""",
                    usage_log.id, usage_log.provider, usage_log.model, usage_log.feature_context,
                    usage_log.session_id, usage_log.user_id, usage_log.input_tokens,
                    usage_log.output_tokens, usage_log.status, usage_log.error, usage_log.latency_ms,
                )
        except Exception:  # never break the chat because the ledger is down
            log.exception("failed to persist usage log %s", usage_log.id)


llm_tracker = LLMUsageTracker(settings.usage_db_dsn)
