"""Records token usage of model calls to the usage log table."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, List, Optional

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
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: List[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str,
                             feature_context: str) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)[:500]
            raise
        finally:
            entry.latency_ms = (time.perf_counter() - started) * 1000
            self._buffer.append(entry)
            log.debug(
                "llm usage %s/%s in=%d out=%d %.0fms",
                provider, model, entry.input_tokens, entry.output_tokens, entry.latency_ms,
            )

    def drain(self) -> List[UsageLog]:
        items, self._buffer = self._buffer, []
        return items


llm_tracker = LLMUsageTracker()
