"""LLM usage tracking (FinOps).

Every model request should be recorded in ``finops.llm_usage_logs`` with the flow/task
that made it. ``multi_model_service`` does this automatically; older code wraps its
direct SDK calls in ``llm_tracker.track_llm_call``.
"""
from __future__ import annotations

import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Optional

from prefect.context import FlowRunContext, TaskRunContext

from lib.logging_utils import get_logger
from lib.warehouse import connect


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    flow_run_id: Optional[str] = None
    task_run_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: Optional[str] = None
    created_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


class LLMUsageTracker:
    def __init__(self, table: str = "finops.llm_usage_logs"):
        self.table = table

    @staticmethod
    def _run_ids() -> tuple:
        flow_ctx = FlowRunContext.get()
        task_ctx = TaskRunContext.get()
        return (
            str(flow_ctx.flow_run.id) if flow_ctx else None,
            str(task_ctx.task_run.id) if task_ctx else None,
        )

    @asynccontextmanager
    async def track_llm_call(self, *, provider: str, model: str,
                             feature_context: str) -> AsyncIterator[UsageLog]:
        flow_run_id, task_run_id = self._run_ids()
        log = UsageLog(provider=provider, model=model, feature_context=feature_context,
                       flow_run_id=flow_run_id, task_run_id=task_run_id)
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = int((time.perf_counter() - start) * 1000)
            self._write(log)

    def _write(self, log: UsageLog) -> None:
        try:
            with connect() as conn:
                conn.execute(
                    f"insert into {self.table} (request_id, provider, model, feature_context, flow_run_id,"
                    " task_run_id, input_tokens, output_tokens, latency_ms, success, error, created_at)"
                    " values (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                    (log.request_id, log.provider, log.model, log.feature_context, log.flow_run_id,
                     log.task_run_id, log.input_tokens, log.output_tokens, log.latency_ms, log.success,
                     log.error, log.created_at),
                )
        except Exception:  # tracking must never break a flow
            get_logger().warning("could not write llm usage log %s", log.request_id, exc_info=True)


llm_tracker = LLMUsageTracker()
