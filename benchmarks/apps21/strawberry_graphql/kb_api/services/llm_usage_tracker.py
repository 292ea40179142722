"""Records every LLM request into ``llm_usage_logs`` (cost dashboards read from there)."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from kb_api.cost import estimate_cost_usd

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
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = None  # set at startup to an async callable that persists UsageLog

    def configure(self, sink) -> None:
        self._sink = sink

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
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - start) * 1000
            if self._sink is not None:
                try:
                    await self._sink(log)
                except Exception:  # never break the caller because of bookkeeping
                    logger.exception("failed to persist llm usage log %s", log.id)
            else:
                logger.info(
                    "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.5f",
                    log.provider,
                    log.model,
                    log.feature_context,
                    log.input_tokens,
                    log.output_tokens,
                    log.cost_usd,
                )


llm_tracker = LLMUsageTracker()
