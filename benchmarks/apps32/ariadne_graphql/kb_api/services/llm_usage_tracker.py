"""Records every model request into ``llm_usage_logs``."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = None  # set by app lifespan to a Database

    def bind(self, sink) -> None:
        self._sink = sink

    @asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:  # noqa: BLE001
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.duration_ms = (time.monotonic() - usage.started_at) * 1000
            await self._persist(usage)

    async def _persist(self, usage: UsageLog) -> None:
        if self._sink is None:
            log.debug("usage (no sink): %s", usage)
            return
        await self._sink.pool.execute(
            """
            INSERT INTO llm_usage_logs
                (provider, model, feature_context, input_tokens, output_tokens, duration_ms, success, error)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """,
            usage.provider,
            usage.model,
            usage.feature_context,
            usage.input_tokens,
            usage.output_tokens,
            usage.duration_ms,
            usage.success,
            usage.error,
        )


llm_tracker = LLMUsageTracker()
