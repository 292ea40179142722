"""Cost/usage tracker.  Every LLM call should either go through
``multi_model_service`` or sit inside ``llm_tracker.track_llm_call``."""
from __future__ import annotations

import asyncio
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from quart import g, has_request_context

from ..utils.pricing import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    extra: dict = field(default_factory=dict)

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._queue: asyncio.Queue[UsageLog] | None = None
        self._buffer: list[UsageLog] = []

    async def start(self) -> None:
        self._queue = asyncio.Queue(maxsize=10_000)

    @asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        tenant = g.tenant.slug if has_request_context() and "tenant" in g else None
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant=tenant)
        t0 = time.perf_counter()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)
            raise
        finally:
            usage.latency_ms = (time.perf_counter() - t0) * 1000
            self._record(usage)

    def _record(self, usage: UsageLog) -> None:
        if self._queue is None:
            self._buffer.append(usage)
            return
        try:
            self._queue.put_nowait(usage)
        except asyncio.QueueFull:
            log.warning("usage queue full, dropping %s/%s", usage.provider, usage.model)

    async def flush(self) -> list[UsageLog]:
        drained = list(self._buffer)
        self._buffer.clear()
        if self._queue is not None:
            while not self._queue.empty():
                drained.append(self._queue.get_nowait())
        # persisted by the finops job; see scripts/export_usage.py
        return drained


llm_tracker = LLMUsageTracker()
