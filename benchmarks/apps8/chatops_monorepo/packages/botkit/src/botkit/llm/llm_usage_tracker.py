"""Records token usage of every model call into the llm_usage_logs table."""

from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from botkit.storage.db import UsageLogRepository

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    latency_ms: float = 0.0
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self, repo: Optional[UsageLogRepository] = None) -> None:
        self._repo = repo

    @property
    def repo(self) -> UsageLogRepository:
        if self._repo is None:
            self._repo = UsageLogRepository()
        return self._repo

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            try:
                self.repo.record(log)
            except Exception:
                logger.exception("could not persist usage log for %s", feature_context)


llm_tracker = LLMUsageTracker()
