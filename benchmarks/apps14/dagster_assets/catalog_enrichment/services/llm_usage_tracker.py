"""Usage/cost tracking for LLM calls (FinOps requirement, see DATA-790).

Rows land in ``<schema>.llm_usage_logs`` and feed the /finops/llm-costs dashboard.
"""
import os
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Optional

import psycopg2

from ..settings import WAREHOUSE_SCHEMA
from ..utils import get_logger

log = get_logger("llm_usage_tracker")

# USD per 1M tokens (input, output); refreshed by hand from the vendors' price pages.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o-2024-08-06": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "mistral-small-latest": (0.20, 0.60),
    "gemini-1.5-flash-002": (0.075, 0.30),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: str(uuid.uuid4()))
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "ok"
    error: Optional[str] = None
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    latency_ms: Optional[int] = None

    @property
    def cost_usd(self) -> float:
        in_price, out_price = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * in_price + self.output_tokens * out_price) / 1_000_000


class LLMUsageTracker:
    def __init__(self, dsn: Optional[str] = None):
        self._dsn = dsn or os.environ.get("USAGE_DB_DSN")

    def _persist(self, usage: UsageLog) -> None:
        if not self._dsn:
            log.info("usage (not persisted): %s", usage)
            return
        conn = psycopg2.connect(self._dsn)
        try:
            with conn, conn.cursor() as cur:
                cur.execute(
                    f"insert into {WAREHOUSE_SCHEMA}.llm_usage_logs "
                    "(id, provider, model, feature_context, input_tokens, output_tokens, cost_usd, "
                    "status, error, started_at, latency_ms) "
                    "values (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    (
                        usage.id,
                        usage.provider,
                        usage.model,
                        usage.feature_context,
                        usage.input_tokens,
                        usage.output_tokens,
                        usage.cost_usd,
                        usage.status,
                        usage.error,
                        usage.started_at,
                        usage.latency_ms,
                    ),
                )
        finally:
            conn.close()

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield usage
        except Exception as exc:
            usage.status = "error"
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = int((time.monotonic() - started) * 1000)
            try:
                self._persist(usage)
            except Exception:  # tracking must never break the pipeline
                log.exception("failed to persist LLM usage log")


llm_tracker = LLMUsageTracker()
