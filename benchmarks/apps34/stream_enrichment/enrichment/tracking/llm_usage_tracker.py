"""Usage tracker: records provider, model, tokens and latency per LLM call."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:  # noqa: BLE001
            usage.error = repr(exc)
            raise
        finally:
            self._buffer.append(usage)
            if len(self._buffer) >= 50:
                self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        rows, self._buffer = self._buffer, []
        log.info("llm usage flush: %d rows, %d in / %d out tokens", len(rows),
                 sum(r.input_tokens for r in rows), sum(r.output_tokens for r in rows))


llm_tracker = LLMUsageTracker()
