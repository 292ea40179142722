"""Usage tracker: records token usage of LLM calls to the finops table."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, List, Optional

from labelling_flows.llm.costs import completion_cost

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None

    @property
    def cost_usd(self) -> float:
        return completion_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: List[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
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
            self._buffer.append(log)
            logger.info(
                "llm_usage provider=%s model=%s ctx=%s in=%d out=%d cost=%.5f",
                provider, model, feature_context, log.input_tokens, log.output_tokens, log.cost_usd,
            )

    def flush(self) -> List[UsageLog]:
        logs, self._buffer = self._buffer, []
        return logs


llm_tracker = LLMUsageTracker()


def persist_usage(logs: List[UsageLog], dsn: Optional[str] = None, table: str = "finops.llm_usage_logs") -> int:
    """Write buffered usage logs to the finops table. Called at the end of tracked tasks."""
    import os

    import sqlalchemy

    if not logs:
        return 0
    dsn = dsn or os.environ.get("_FSEC_WAREHOUSE_DSN") or os.environ.get("WAREHOUSE_DSN")
    if not dsn:
        logger.warning("no warehouse DSN; dropping %d usage logs", len(logs))
        return 0
    engine = sqlalchemy.create_engine(dsn)
    rows = [
        {
            "request_id": log.request_id,
            "provider": log.provider,
            "model": log.model,
            "feature_context": log.feature_context,
            "input_tokens": log.input_tokens,
            "output_tokens": log.output_tokens,
            "cost_usd": log.cost_usd,
            "latency_ms": log.latency_ms,
            "success": log.success,
            "error": log.error,
        }
        for log in logs
    ]
    with engine.begin() as conn:
        conn.execute(
            sqlalchemy.text(
                f"INSERT INTO {table} (request_id, provider, model, feature_context, input_tokens, output_tokens, "
                "cost_usd, latency_ms, success, error) VALUES (:request_id, :provider, :model, :feature_context, "
                ":input_tokens, :output_tokens, :cost_usd, :latency_ms, :success, :error)"
            ),
            rows,
        )
    return len(rows)
