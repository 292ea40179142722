"""Usage tracking shared with the platform team's FinOps dashboard.

Every LLM request made from a DAG should be wrapped in ``track_llm_call`` (or
go through ``multi_model_service``) so that cost lands on the right team.
"""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from typing import AsyncIterator, Iterator

from acme_airflow_llm.utils.costs import estimate_cost_usd

log = logging.getLogger(__name__)


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    dag_id: str | None = None
    task_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, sink=None) -> None:
        self._sink = sink or self._log_sink

    @staticmethod
    def _log_sink(entry: UsageLog) -> None:
        log.info(
            "llm_usage provider=%s model=%s ctx=%s in=%d out=%d cost=%.5f ok=%s",
            entry.provider,
            entry.model,
            entry.feature_context,
            entry.input_tokens,
            entry.output_tokens,
            entry.cost_usd,
            entry.success,
        )

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        dag_id: str | None = None,
        task_id: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context, dag_id=dag_id, task_id=task_id)
        started = time.monotonic()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)
            raise
        finally:
            entry.latency_ms = (time.monotonic() - started) * 1000
            self._sink(entry)

    @contextlib.contextmanager
    def track_llm_call_sync(self, provider: str, model: str, feature_context: str) -> Iterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield entry
        finally:
            entry.latency_ms = (time.monotonic() - started) * 1000
            self._sink(entry)


llm_tracker = LLMUsageTracker()
