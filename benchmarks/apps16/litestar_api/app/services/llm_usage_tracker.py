"""Usage/cost tracking for model calls.

Rows land in ``finops.llm_usage_logs`` and feed the /finops/llm-costs dashboard.
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Dict, Optional

from sqlalchemy import text

from app.db.session import session_scope

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output); reviewed quarterly by finance
PRICES: Dict[str, tuple] = {
    "gpt-4o-legal": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o-mini-batch": (0.075, 0.30),
    "us.anthropic.claude-3-5-sonnet-20241022-v2:0": (3.00, 15.00),
    "us.anthropic.claude-3-5-haiku-20241022-v1:0": (0.80, 4.00),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "voyage-law-2": (0.12, 0.0),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    matter_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "ok"
    error: Optional[str] = None
    latency_ms: int = 0
    id: str = field(default_factory=lambda: str(uuid.uuid4()))

    @property
    def cost_usd(self) -> float:
        price_in, price_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        matter_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, matter_id=matter_id)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.status = "error"
            log.error = repr(exc)[:2000]
            raise
        finally:
            log.latency_ms = int((time.perf_counter() - started) * 1000)
            await self._persist(log)

    async def _persist(self, log: UsageLog) -> None:
        try:
            async with session_scope() as session:
                await session.execute(
                    text(
                        "INSERT INTO finops.llm_usage_logs (id, provider, model, feature_context, matter_id, "
                        "input_tokens, output_tokens, cost_usd, status, error, latency_ms) VALUES "
                        "(:id, :provider, :model, :feature, :matter, :inp, :out, :cost, :status, :error, :latency)"
                    ),
                    {
                        "id": log.id,
                        "provider": log.provider,
                        "model": log.model,
                        "feature": log.feature_context,
                        "matter": log.matter_id,
                        "inp": log.input_tokens,
                        "out": log.output_tokens,
                        "cost": log.cost_usd,
                        "status": log.status,
                        "error": log.error,
                        "latency": log.latency_ms,
                    },
                )
        except Exception:  # never fail the request because of bookkeeping
            logger.exception("could not persist llm usage log %s", log.id)


llm_tracker = LLMUsageTracker()
