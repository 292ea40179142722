"""Records every LLM request (tokens, latency, cost) into finops.llm_usage_logs.

Usage::

    async with llm_tracker.track_llm_call(
        provider="anthropic", model=model, feature_context="extraction"
    ) as usage_log:
        resp = await client.messages.create(...)
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
"""
from __future__ import annotations

import contextlib
import contextvars
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator

import structlog

log = structlog.get_logger(__name__)

current_tenant: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "current_tenant", default=None
)

# USD per 1M tokens (input, output). Updated by hand from the vendors' pricing pages.
PRICE_TABLE: dict[str, tuple[float, float]] = {
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1": (2.00, 8.00),
    "gpt-4o-eu": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "embed-english-v3.0": (0.10, 0.0),
    "voyage-3": (0.06, 0.0),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICE_TABLE.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: str | None = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: str | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._pool = None  # asyncpg pool, attached by the worker on startup
        self._buffer: list[UsageLog] = []

    def attach(self, pool) -> None:
        self._pool = pool

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(
            provider=provider,
            model=model,
            feature_context=feature_context,
            tenant_id=tenant_id or current_tenant.get(),
        )
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.latency_ms = int((time.perf_counter() - started) * 1000)
            await self._record(usage_log)

    async def _record(self, usage_log: UsageLog) -> None:
        if self._pool is None:
            self._buffer.append(usage_log)
            return
        await self._pool.execute(
            """
            INSERT INTO finops.llm_usage_logs
                (request_id, tenant_id, provider, model, feature_context,
                 input_tokens, output_tokens, cost_usd, latency_ms, success, error, created_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            """,
            usage_log.request_id,
            usage_log.tenant_id,
            usage_log.provider,
            usage_log.model,
            usage_log.feature_context,
            usage_log.input_tokens,
            usage_log.output_tokens,
            usage_log.cost_usd,
            usage_log.latency_ms,
            usage_log.success,
            usage_log.error,
            usage_log.created_at,
        )

    async def flush(self) -> int:
        pending, self._buffer = self._buffer, []
        for item in pending:
            await self._record(item)
        return len(pending)


llm_tracker = LLMUsageTracker()
