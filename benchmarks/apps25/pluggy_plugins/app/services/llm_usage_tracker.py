"""LLM usage tracking: every model call should end up in llm_usage_logs.

Use ``async with llm_tracker.track_llm_call(...) as usage_log`` around a
direct SDK call and set ``usage_log.input_tokens`` / ``output_tokens``.
"""
from __future__ import annotations

import contextvars
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

from docflow.tokens import estimate_cost

log = logging.getLogger("llm_usage")

current_tenant: contextvars.ContextVar[str | None] = contextvars.ContextVar("current_tenant", default=None)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant: str | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    cost_usd: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink: list[UsageLog] = []  # replaced by the DB writer in production
        self.enabled = True

    def set_sink(self, sink) -> None:
        self._sink = sink

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant=current_tenant.get())
        start = time.perf_counter()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            entry.latency_ms = (time.perf_counter() - start) * 1000
            entry.cost_usd = estimate_cost(model, entry.input_tokens, entry.output_tokens)
            if self.enabled:
                self._record(entry)

    def _record(self, entry: UsageLog) -> None:
        if hasattr(self._sink, "write"):
            self._sink.write(asdict(entry))
        else:
            self._sink.append(entry)
        log.info(
            "llm_call provider=%s model=%s feature=%s in=%d out=%d cost=%.5f",
            entry.provider,
            entry.model,
            entry.feature_context,
            entry.input_tokens,
            entry.output_tokens,
            entry.cost_usd,
        )


llm_tracker = LLMUsageTracker()
