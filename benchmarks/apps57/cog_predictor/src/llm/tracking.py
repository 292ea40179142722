"""Usage tracking for hosted LLM calls.

Mirrors the platform's ``llm_tracker`` contract so the same log lines can be
shipped to the finops dashboard. Inside a Cog container we have no database,
so usage is written as structured JSON log records and aggregated per
prediction for the ``metrics`` field of the output.
"""
from __future__ import annotations

import contextlib
import json
import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator, Iterator

from src.costs import estimate_cost_usd

logger = logging.getLogger("llm_usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._logs: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(self, *, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
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
            self._record(log)

    @contextlib.contextmanager
    def track_sync(self, *, provider: str, model: str, feature_context: str) -> Iterator[UsageLog]:
        """Sync twin used by the predictor; Cog's predict() is synchronous."""
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            self._record(log)

    def _record(self, log: UsageLog) -> None:
        self._logs.append(log)
        payload = asdict(log) | {"cost_usd": round(log.cost_usd, 6)}
        logger.info(json.dumps(payload))

    def drain(self) -> list[UsageLog]:
        logs, self._logs = self._logs, []
        return logs

    def summary(self) -> dict[str, float]:
        total_in = sum(l.input_tokens for l in self._logs)
        total_out = sum(l.output_tokens for l in self._logs)
        return {
            "llm_calls": float(len(self._logs)),
            "llm_input_tokens": float(total_in),
            "llm_output_tokens": float(total_out),
            "llm_cost_usd": round(sum(l.cost_usd for l in self._logs), 6),
        }


llm_tracker = LLMUsageTracker()


def export_records() -> list[dict]:
    """Convert drained logs to the platform's UsageRecord shape for shipping."""
    from src.schemas import UsageRecord

    return [
        UsageRecord.create(
            provider=l.provider,
            model=l.model,
            feature_context=l.feature_context,
            input_tokens=l.input_tokens,
            output_tokens=l.output_tokens,
            cost_usd=l.cost_usd,
        ).model_dump()
        for l in llm_tracker.drain()
    ]
