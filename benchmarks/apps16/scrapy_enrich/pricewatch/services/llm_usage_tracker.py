"""Records every LLM request (tokens, latency, cost) in llm_usage_logs.

Usage:

    async with llm_tracker.track_llm_call(provider="deepseek", model=model,
                                          feature_context="product_summary") as usage_log:
        response = await client.chat.completions.create(...)
        usage_log.input_tokens = response.usage.prompt_tokens
        usage_log.output_tokens = response.usage.completion_tokens
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Dict, Optional

from sqlalchemy import Column, DateTime, Float, Integer, MetaData, String, Table, insert
from sqlalchemy.ext.asyncio import create_async_engine

from pricewatch.config import DATABASE_URL

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Updated by hand from provider pricing pages.
PRICES: Dict[str, tuple] = {
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
    "gemini-2.0-flash": (0.10, 0.40),
    "gemini-2.0-flash-lite": (0.075, 0.30),
    "gemini-2.5-flash": (0.30, 2.50),
    "mistral-small-latest": (0.10, 0.30),
    "mistral-large-latest": (2.00, 6.00),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
}

_metadata = MetaData(schema="finops")
llm_usage_logs = Table(
    "llm_usage_logs",
    _metadata,
    Column("id", String(36), primary_key=True),
    Column("provider", String(32)),
    Column("model", String(128)),
    Column("feature_context", String(64)),
    Column("input_tokens", Integer),
    Column("output_tokens", Integer),
    Column("cost_usd", Float),
    Column("latency_ms", Integer),
    Column("status", String(16)),
    Column("created_at", DateTime(timezone=True)),
)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "ok"
    latency_ms: int = 0

    @property
    def cost_usd(self) -> float:
        price_in, price_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self, database_url: str = DATABASE_URL) -> None:
        self._database_url = database_url.replace("+psycopg:", "+psycopg_async:")
        self._engine = None

    def _get_engine(self):
        if self._engine is None:
            self._engine = create_async_engine(self._database_url, pool_size=2, max_overflow=2)
        return self._engine

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str, tenant: Optional[str] = None
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield log
        except Exception:
            log.status = "error"
            raise
        finally:
            log.latency_ms = int((time.monotonic() - started) * 1000)
            await self._persist(log)

    async def _persist(self, log: UsageLog) -> None:
        try:
            async with self._get_engine().begin() as conn:
                await conn.execute(
                    insert(llm_usage_logs).values(
                        id=log.id,
                        provider=log.provider,
                        model=log.model,
                        feature_context=log.feature_context,
                        input_tokens=log.input_tokens,
                        output_tokens=log.output_tokens,
                        cost_usd=log.cost_usd,
                        latency_ms=log.latency_ms,
                        status=log.status,
                        created_at=datetime.now(timezone.utc),
                    )
                )
        except Exception:  # noqa: BLE001
            logger.exception("could not persist llm usage log %s", log.id)


llm_tracker = LLMUsageTracker()
