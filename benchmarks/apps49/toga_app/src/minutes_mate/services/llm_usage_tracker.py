"""Usage log for model calls.

Rows go to the local sqlite store (``storage.db``) and are shown on the
Usage tab. The finance export script reads the same table.
"""
from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import AsyncIterator

from minutes_mate.services.costs import estimate_cost
from minutes_mate.storage.db import UsageStore

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    audio_seconds: float = 0.0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, store: UsageStore | None = None) -> None:
        self._store = store

    @property
    def store(self) -> UsageStore:
        if self._store is None:
            self._store = UsageStore.default()
        return self._store

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.duration_ms = int((time.perf_counter() - t0) * 1000)
            cost = estimate_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            try:
                self.store.record_usage(usage_log, cost)
            except Exception:  # never break the UI over bookkeeping
                log.exception("could not record usage")


llm_tracker = LLMUsageTracker()
