"""Records one row per LLM request in the llm_usage_logs table."""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from supportdesk.repositories.db import UsageLogRepository
from supportdesk.utils.costs import estimate_cost_usd

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self, repo: UsageLogRepository | None = None) -> None:
        self._repo = repo or UsageLogRepository()

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            cost = estimate_cost_usd(log.model, log.input_tokens, log.output_tokens)
            try:
                self._repo.insert(
                    provider=log.provider,
                    model=log.model,
                    feature=log.feature_context,
                    input_tokens=log.input_tokens,
                    output_tokens=log.output_tokens,
                    cost_usd=cost,
                    latency_ms=log.latency_ms,
                    success=log.success,
                )
            except Exception:  # never break the request because of bookkeeping
                logger.exception("failed to persist llm usage log")


llm_tracker = LLMUsageTracker()
