"""Records every LLM request in `llm_usage_logs` (cost dashboard at /finops/llm-costs)."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from app.providers.pricing import calculate_cost

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    id: str
    provider: str
    model: str
    feature_context: str
    tenant_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(
            id=str(uuid.uuid4()),
            provider=provider,
            model=model,
            feature_context=feature_context,
            tenant_id=tenant_id,
        )
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            self._buffer.append(log)
            logger.info(
                "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.5f",
                provider, model, feature_context, log.input_tokens, log.output_tokens, log.cost_usd,
            )
            if len(self._buffer) >= 50:
                await self.flush()

    async def flush(self) -> None:
        # TODO(finops): write to migration.llm_usage_logs via the async session
        batch, self._buffer = self._buffer, []
        logger.debug("flushing %d usage rows", len(batch))

    def snapshot(self) -> list[UsageLog]:
        return list(self._buffer)


llm_tracker = LLMUsageTracker()
