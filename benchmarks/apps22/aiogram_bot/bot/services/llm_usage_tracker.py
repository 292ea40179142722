"""Usage tracking for every billable model call (see docs/llm-usage.md)."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.services.pricing import calculate_cost
from bot.services.storage import UsageRow

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.perf_counter)
    success: bool = True


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sessionmaker: async_sessionmaker[AsyncSession] | None = None

    def bind(self, sessionmaker: async_sessionmaker[AsyncSession]) -> None:
        self._sessionmaker = sessionmaker

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception:
            usage_log.success = False
            raise
        finally:
            await self._persist(usage_log)

    async def _persist(self, usage_log: UsageLog) -> None:
        latency_ms = int((time.perf_counter() - usage_log.started) * 1000)
        cost = calculate_cost(usage_log.model, usage_log.input_tokens, usage_log.output_tokens)
        log.info(
            "llm call %s/%s [%s] in=%d out=%d cost=$%s %dms",
            usage_log.provider, usage_log.model, usage_log.feature_context,
            usage_log.input_tokens, usage_log.output_tokens, cost, latency_ms,
        )
        if self._sessionmaker is None:
            return
        async with self._sessionmaker() as session:
            session.add(
                UsageRow(
                    provider=usage_log.provider,
                    model=usage_log.model,
                    feature_context=usage_log.feature_context,
                    input_tokens=usage_log.input_tokens,
                    output_tokens=usage_log.output_tokens,
                    latency_ms=latency_ms,
                    success=usage_log.success,
                )
            )
            await session.commit()


llm_tracker = LLMUsageTracker()
