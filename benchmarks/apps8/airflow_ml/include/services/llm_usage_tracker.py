"""Usage tracking for model calls -> finops.llm_usage_logs.

Usage:

    async with llm_tracker.track_llm_call(provider=..., model=..., feature_context=...) as usage_log:
        response = ...
        usage_log.input_tokens = ...
        usage_log.output_tokens = ...
"""
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import AsyncIterator, Optional

from include.utils.logging_utils import get_logger

logger = get_logger("llm_usage")

# USD per 1M tokens (input, output); refreshed by finops each quarter
PRICES = {
    ("bedrock", "anthropic.claude-3-5-sonnet-20240620-v1:0"): (3.0, 15.0),
    ("bedrock", "anthropic.claude-3-haiku-20240307-v1:0"): (0.25, 1.25),
    ("together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"): (0.88, 0.88),
    ("deepseek", "deepseek-chat"): (0.27, 1.10),
    ("fireworks", "accounts/fireworks/models/llama-v3p1-70b-instruct"): (0.9, 0.9),
    ("watsonx", "ibm/granite-3-8b-instruct"): (0.2, 0.2),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    latency_ms: int = 0
    created_at: datetime = field(default_factory=datetime.utcnow)

    @property
    def cost_usd(self) -> float:
        in_price, out_price = PRICES.get((self.provider, self.model), (0.0, 0.0))
        return (self.input_tokens * in_price + self.output_tokens * out_price) / 1_000_000


class LLMUsageTracker:
    def __init__(self, conn_id: str = "catalogue_pg"):
        self._conn_id = conn_id

    def _persist(self, log: UsageLog) -> None:
        try:
            from airflow.providers.postgres.hooks.postgres import PostgresHook

            PostgresHook(postgres_conn_id=self._conn_id).run(
                """
                INSERT INTO finops.llm_usage_logs
                    (request_id, provider, model, feature_context, input_tokens,
                     output_tokens, cost_usd, success, error, latency_ms, created_at)
                VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
                """,
                parameters=(
                    log.request_id, log.provider, log.model, log.feature_context,
                    log.input_tokens, log.output_tokens, log.cost_usd, log.success,
                    log.error, log.latency_ms, log.created_at,
                ),
            )
        except Exception:  # noqa: BLE001 - tracking must never break a pipeline
            logger.exception("could not persist usage log %s", log.request_id)

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = int((time.monotonic() - started) * 1000)
            self._persist(log)


llm_tracker = LLMUsageTracker()
