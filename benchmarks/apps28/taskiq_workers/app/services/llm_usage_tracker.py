"""Records every LLM request we make into ``content.llm_usage_logs``.

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=model,
                                          feature_context="quiz_generation") as usage_log:
        resp = await client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""

from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator

from app.services.pricing import calculate_cost

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    course_id: str | None = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def cost_usd(self) -> float:
        return float(calculate_cost(self.model, self.input_tokens, self.output_tokens))


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink: list[UsageLog] = []
        self._writer = None  # set by configure(); async callable taking UsageLog

    def configure(self, writer) -> None:
        self._writer = writer

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        course_id: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, course_id=course_id)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            await self._persist(log)

    async def record(self, log: UsageLog) -> None:
        """For callers that already have token counts (e.g. batch results)."""
        await self._persist(log)

    async def _persist(self, log: UsageLog) -> None:
        if self._writer is None:
            self._sink.append(log)
            if len(self._sink) > 1000:
                self._sink = self._sink[-1000:]
            return
        try:
            await self._writer(log)
        except Exception:  # never fail a task because of bookkeeping
            logger.exception("failed to persist llm usage log %s", log.request_id)

    def recent(self, limit: int = 50) -> list[UsageLog]:
        return self._sink[-limit:]


llm_tracker = LLMUsageTracker()
