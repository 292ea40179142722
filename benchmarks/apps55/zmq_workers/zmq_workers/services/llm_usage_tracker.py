"""Usage tracking for LLM calls (writes to the usage log sink).

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="summarize") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import json
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

from ..llm.costs import calculate_cost

log = logging.getLogger("llm.usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str,
                             tenant: str | None = None) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant=tenant)
        t0 = time.perf_counter()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            entry.duration_ms = (time.perf_counter() - t0) * 1000
            self._record(entry)

    def _record(self, entry: UsageLog) -> None:
        self._buffer.append(entry)
        log.info(json.dumps({**asdict(entry), "cost_usd": entry.cost_usd}))
        if len(self._buffer) > 1000:
            self._buffer = self._buffer[-500:]

    def recent(self, n: int = 50) -> list[UsageLog]:
        return self._buffer[-n:]


llm_tracker = LLMUsageTracker()
