"""LLM usage tracker (the legacy-code escape hatch).

    async with llm_tracker.track_llm_call(provider=..., model=..., feature_context=...) as usage_log:
        resp = ...
        usage_log.input_tokens = ...
        usage_log.output_tokens = ...
"""
from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: Optional[float] = None
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.monotonic() - usage_log.started_at) * 1000
            self._record(usage_log)

    def _record(self, usage_log: UsageLog) -> None:
        self._buffer.append(usage_log)
        try:
            from supportstream.tables import token_spend

            token_spend[usage_log.provider] += usage_log.input_tokens + usage_log.output_tokens
        except Exception:  # table not available outside the worker
            pass
        log.debug("llm usage %s", usage_log)

    def summary(self, by: str = "provider") -> dict[str, dict[str, int]]:
        """Aggregate the in-memory buffer (what the admin page shows between flushes)."""
        out: dict[str, dict[str, int]] = {}
        for entry in self._buffer:
            key = getattr(entry, by)
            agg = out.setdefault(key, {"calls": 0, "input_tokens": 0, "output_tokens": 0, "errors": 0})
            agg["calls"] += 1
            agg["input_tokens"] += entry.input_tokens
            agg["output_tokens"] += entry.output_tokens
            agg["errors"] += int(entry.error is not None)
        return out

    def drain(self) -> list[UsageLog]:
        buf, self._buffer = self._buffer, []
        return buf


llm_tracker = LLMUsageTracker()
