"""Records token usage for every model call into the usage table."""
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
    success: bool = True


class LLMUsageTracker:
    def __init__(self) -> None:
        self._logs: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception:
            log.success = False
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started_at) * 1000
            self._logs.append(log)
            logger.info(
                "llm_usage provider=%s model=%s feature=%s in=%d out=%d ok=%s",
                log.provider,
                log.model,
                log.feature_context,
                log.input_tokens,
                log.output_tokens,
                log.success,
            )

    def recent(self, n: int = 50) -> list[UsageLog]:
        return self._logs[-n:]


llm_tracker = LLMUsageTracker()
