"""Records token usage of LLM calls made outside ``multi_model_service``.

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from mlserve.costs import estimate_cost_usd

logger = logging.getLogger("mlserve.usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: str = "default"
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: str = "default",
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id)
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started_at) * 1000
            self._emit(log)

    def _emit(self, log: UsageLog) -> None:
        self._sink.append(log)
        logger.info(
            "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.6f ok=%s",
            log.provider,
            log.model,
            log.feature_context,
            log.input_tokens,
            log.output_tokens,
            log.cost_usd,
            log.success,
        )

    def drain(self) -> list[UsageLog]:
        out, self._sink = self._sink, []
        return out


llm_tracker = LLMUsageTracker()
