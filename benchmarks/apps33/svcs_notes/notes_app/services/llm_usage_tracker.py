"""Usage tracking for model calls (cost monitoring).

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="notes.ask") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import AsyncIterator

from notes_app.utils.costs import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_s: float = 0.0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception as exc:  # noqa: BLE001
            entry.error = repr(exc)
            raise
        finally:
            entry.duration_s = time.monotonic() - entry.started_at
            self._record(entry)

    def _record(self, entry: UsageLog) -> None:
        cost = estimate_cost(entry.model, entry.input_tokens, entry.output_tokens)
        log.info(
            "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.5f",
            entry.provider,
            entry.model,
            entry.feature_context,
            entry.input_tokens,
            entry.output_tokens,
            cost,
        )
        self._sink.append(entry)

    def recent(self, n: int = 50) -> list[UsageLog]:
        return self._sink[-n:]


llm_tracker = LLMUsageTracker()
