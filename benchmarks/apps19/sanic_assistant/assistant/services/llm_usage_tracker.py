"""LLM usage tracking.

Every call that goes through ``track_llm_call`` ends up in the
``llm_usage_logs`` table (and the finops dashboard). Callers must set
``usage_log.input_tokens`` / ``usage_log.output_tokens`` inside the block.
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from .costs import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant: str | None = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = None  # set by init_app; a Tortoise model in prod
        self._buffer: list[UsageLog] = []

    def init_app(self, app) -> None:
        from ..models import LLMUsage

        self._sink = LLMUsage

        @app.after_server_stop
        async def _flush(app):
            await self.flush()

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant=tenant)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            self._buffer.append(usage_log)
            if len(self._buffer) >= 20:
                await self.flush()

    async def flush(self) -> None:
        if not self._buffer:
            return
        batch, self._buffer = self._buffer, []
        if self._sink is None:
            for entry in batch:
                log.info("llm_usage %s", entry)
            return
        await self._sink.bulk_create(
            [
                self._sink(
                    provider=e.provider,
                    model=e.model,
                    feature_context=e.feature_context,
                    tenant=e.tenant,
                    input_tokens=e.input_tokens,
                    output_tokens=e.output_tokens,
                    cost_usd=e.cost_usd,
                    latency_ms=e.latency_ms,
                    success=e.success,
                    error=e.error,
                )
                for e in batch
            ]
        )


llm_tracker = LLMUsageTracker()
