"""Usage/cost accounting for every model request the gateway makes."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Dict, Optional

from gateway.db import SessionLocal
from sqlalchemy import text

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Kept in code so finance can review changes in PRs.
PRICES: Dict[str, tuple] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "mistral-small-latest": (0.10, 0.30),
    "command-r-plus-08-2024": (2.50, 10.00),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "grok-3-mini": (0.30, 0.50),
    "deepseek-chat": (0.27, 1.10),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    team: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.perf_counter)
    error: Optional[str] = None

    @property
    def cost_usd(self) -> float:
        pin, pout = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * pin + self.output_tokens * pout) / 1_000_000


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str, team: Optional[str] = None
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context, team=team)
        try:
            yield usage
        except Exception as exc:
            usage.error = type(exc).__name__
            raise
        finally:
            await self._persist(usage)

    async def _persist(self, usage: UsageLog) -> None:
        latency_ms = int((time.perf_counter() - usage.started) * 1000)
        try:
            async with SessionLocal() as session:
                await session.execute(
                    text(
                        "INSERT INTO llm_usage_logs (provider, model, feature_context, team, "
                        "input_tokens, output_tokens, cost_usd, latency_ms, error) VALUES "
                        "(:provider, :model, :feature, :team, :inp, :out, :cost, :lat, :err)"
                    ),
                    {
                        "provider": usage.provider,
                        "model": usage.model,
                        "feature": usage.feature_context,
                        "team": usage.team,
                        "inp": usage.input_tokens,
                        "out": usage.output_tokens,
                        "cost": usage.cost_usd,
                        "lat": latency_ms,
                        "err": usage.error,
                    },
                )
                await session.commit()
        except Exception:
            log.exception("could not persist usage for %s/%s", usage.provider, usage.model)


llm_tracker = LLMUsageTracker()
