"""LLM usage tracking.

Every billable request should end up as one row in ``docai.llm_usage_logs``
(and as MLflow metrics when we are inside an active run).
"""
from __future__ import annotations

import contextlib
import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

import mlflow

from docai_models.utils.tokens import estimate_cost_usd

log = logging.getLogger(__name__)


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
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, sink=None):
        self._sink = sink
        self._buffer: list[UsageLog] = []

    def set_sink(self, sink) -> None:
        self._sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001 - we re-raise
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            self._record(usage_log)

    def _record(self, usage_log: UsageLog) -> None:
        self._buffer.append(usage_log)
        if mlflow.active_run() is not None:
            mlflow.log_metrics(
                {
                    f"llm.{usage_log.feature_context}.input_tokens": usage_log.input_tokens,
                    f"llm.{usage_log.feature_context}.output_tokens": usage_log.output_tokens,
                    f"llm.{usage_log.feature_context}.cost_usd": usage_log.cost_usd,
                }
            )
        if self._sink is not None:
            try:
                self._sink.write(asdict(usage_log))
            except Exception:  # pragma: no cover
                log.exception("usage sink write failed")

    def drain(self) -> list[UsageLog]:
        out, self._buffer = self._buffer, []
        return out


llm_tracker = LLMUsageTracker()
