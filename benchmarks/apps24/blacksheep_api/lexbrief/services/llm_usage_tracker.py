"""Records every model call into llm_usage_logs so FinOps can attribute spend per matter."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator


log = logging.getLogger(__name__)

# Static price table (USD per 1M tokens). Updated by hand; FinOps owns the numbers.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "gemini-2.5-pro": (1.25, 10.00),
    "voyage-law-2": (0.12, 0.0),
    "command-r-plus-08-2024": (2.50, 10.00),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def completion_cost(model: str, usage) -> float:
    """Accepts an openai-style usage object (prompt_tokens / completion_tokens)."""
    if usage is None:
        return 0.0
    return estimate_cost_usd(model, getattr(usage, "prompt_tokens", 0), getattr(usage, "completion_tokens", 0))


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    matter_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    status: str = "ok"
    error: str | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def cost_usd(self) -> float:
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = None  # asyncpg pool, set on startup
        self._buffer: list[UsageLog] = []

    def bind(self, pool) -> None:
        self._sink = pool

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        matter_id: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, matter_id=matter_id)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.status = "error"
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.duration_ms = (time.monotonic() - usage_log.started_at) * 1000
            await self._persist(usage_log)

    async def _persist(self, usage_log: UsageLog) -> None:
        if self._sink is None:
            self._buffer.append(usage_log)
            return
        async with self._sink.acquire() as conn:
            await conn.execute(
                """
                INSERT INTO llm_usage_logs
                  (id, provider, model, feature_context, matter_id, input_tokens,
                   output_tokens, cost_usd, duration_ms, status, error)
                VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)
                """,
                usage_log.id,
                usage_log.provider,
                usage_log.model,
                usage_log.feature_context,
                usage_log.matter_id,
                usage_log.input_tokens,
                usage_log.output_tokens,
                usage_log.cost_usd,
                usage_log.duration_ms,
                usage_log.status,
                usage_log.error,
            )

    async def flush(self) -> int:
        pending, self._buffer = self._buffer, []
        for item in pending:
            await self._persist(item)
        return len(pending)


llm_tracker = LLMUsageTracker()
