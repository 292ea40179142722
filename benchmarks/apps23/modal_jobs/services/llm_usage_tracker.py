"""Usage tracking for LLM calls (FinOps dashboard: /finops/llm-costs).

Usage:

    async with llm_tracker.track_llm_call(provider="anthropic", model=m, feature_context="summaries") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

import sqlalchemy as sa

from common.storage import connection
from lib.costs import estimate_cost

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str | None = None
    latency_ms: int = 0
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []
        self.flush_every = 20

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        **extra,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, extra=extra)
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = int((time.perf_counter() - start) * 1000)
            self._buffer.append(log)
            if len(self._buffer) >= self.flush_every:
                self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        rows = [
            {
                "request_id": l.request_id,
                "provider": l.provider,
                "model": l.model,
                "feature_context": l.feature_context,
                "input_tokens": l.input_tokens,
                "output_tokens": l.output_tokens,
                "cost_usd": estimate_cost(l.model, l.input_tokens, l.output_tokens),
                "success": l.success,
                "error": l.error,
                "latency_ms": l.latency_ms,
            }
            for l in self._buffer
        ]
        try:
            with connection() as conn:
                conn.execute(
                    sa.text(
                        "INSERT INTO migration.llm_usage_logs (request_id, provider, model, feature_context, "
                        "input_tokens, output_tokens, cost_usd, success, error, latency_ms) VALUES "
                        "(:request_id, :provider, :model, :feature_context, :input_tokens, :output_tokens, "
                        ":cost_usd, :success, :error, :latency_ms)"
                    ),
                    rows,
                )
        except Exception:  # never break a job because of bookkeeping
            logger.exception("failed to flush %d usage logs", len(rows))
        finally:
            self._buffer.clear()


llm_tracker = LLMUsageTracker()
