"""Usage logging for LLM calls.

Rows are appended to ``llm_usage_logs`` in the same DuckDB file the pipelines
load into, so the finops dashboard can join cost against pipeline runs.
"""
from __future__ import annotations

import contextlib
import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Optional

from storage.duck import append_rows

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Keep in sync with finops sheet.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "voyage-3": (0.06, 0.0),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: Optional[float] = None
    success: bool = True
    error: Optional[str] = None

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self, table: str = "llm_usage_logs") -> None:
        self.table = table
        self._pending: list[dict] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001 - re-raised below
            log.success = False
            log.error = repr(exc)[:1000]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - t0) * 1000
            self._record(log)

    def _record(self, log: UsageLog) -> None:
        row = {
            "id": log.id,
            "provider": log.provider,
            "model": log.model,
            "feature_context": log.feature_context,
            "started_at": log.started_at,
            "input_tokens": log.input_tokens,
            "output_tokens": log.output_tokens,
            "cost_usd": log.cost_usd,
            "latency_ms": log.latency_ms,
            "success": log.success,
            "error": log.error,
        }
        self._pending.append(row)
        if len(self._pending) >= 50:
            self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        try:
            append_rows(self.table, self._pending)
        except Exception:  # pragma: no cover - never fail a pipeline on logging
            logger.exception("could not persist %d usage rows", len(self._pending))
        finally:
            self._pending.clear()


llm_tracker = LLMUsageTracker()
