"""LLM usage tracking: one row per model request in `finops.llm_usage_logs`."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Optional

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from docqa.config import get_settings

logger = logging.getLogger(__name__)

current_tenant: ContextVar[Optional[str]] = ContextVar("current_tenant", default=None)

# USD per 1M tokens (input, output); kept roughly in sync with vendor price pages.
_PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "gemini-2.5-pro": (1.25, 10.00),
    "voyage-3.5": (0.06, 0.0),
    "voyage-context-3": (0.18, 0.0),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: Optional[str] = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def cost_usd(self) -> float:
        in_price, out_price = _PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * in_price + self.output_tokens * out_price) / 1_000_000


class LLMUsageTracker:
    def __init__(self, engine: Optional[AsyncEngine] = None) -> None:
        self._engine = engine

    def _get_engine(self) -> AsyncEngine:
        if self._engine is None:
            self._engine = create_async_engine(get_settings().database_url, pool_size=2)
        return self._engine

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(
            provider=provider,
            model=model,
            feature_context=feature_context,
            tenant_id=current_tenant.get(),
        )
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = int((time.perf_counter() - start) * 1000)
            await self._persist(log)

    async def _persist(self, log: UsageLog) -> None:
        row = asdict(log)
        row["cost_usd"] = log.cost_usd
        try:
            async with self._get_engine().begin() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO finops.llm_usage_logs (provider, model, feature_context, tenant_id,"
                        " input_tokens, output_tokens, latency_ms, success, error, cost_usd, created_at)"
                        " VALUES (:provider, :model, :feature_context, :tenant_id, :input_tokens,"
                        " :output_tokens, :latency_ms, :success, :error, :cost_usd, :created_at)"
                    ),
                    row,
                )
        except Exception:  # never break a request because of accounting
            logger.exception("failed to persist LLM usage log for %s/%s", log.provider, log.model)


llm_tracker = LLMUsageTracker()
