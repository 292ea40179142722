"""Local usage tracker: writes one row per LLM call to the history DB."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from quill.engine.models import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: str | None = None

    @property
    def cost(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self):
        self._sinks = []
        self.logs: list[UsageLog] = []

    def add_sink(self, sink) -> None:
        self._sinks.append(sink)

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = str(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.perf_counter() - t0) * 1000)
            self.logs.append(usage_log)
            for sink in self._sinks:
                try:
                    sink(usage_log)
                except Exception:  # noqa: BLE001
                    log.exception("usage sink failed")

    def total_cost(self) -> float:
        return sum(l.cost for l in self.logs)


llm_tracker = LLMUsageTracker()
