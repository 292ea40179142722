"""Per-call LLM usage logging (tokens, latency, feature attribution)."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started_at) * 1000
            self._buffer.append(log)
            logger.debug(
                "llm usage %s/%s in=%s out=%s (%s)",
                provider, model, log.input_tokens, log.output_tokens, feature_context,
            )

    def drain(self) -> list[UsageLog]:
        out, self._buffer = self._buffer, []
        return out

    def totals(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        for log in self._buffer:
            key = f"{log.provider}:{log.model}"
            totals[key] = totals.get(key, 0) + log.input_tokens + log.output_tokens
        return totals


llm_tracker = LLMUsageTracker()
