"""Records LLM usage into finops.llm_usage_logs (FINOPS-212)."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from backoffice.services.persistence import UsageLogRepository

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: Optional[str] = None
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self, repo: Optional[UsageLogRepository] = None) -> None:
        self._repo = repo or UsageLogRepository()

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.monotonic()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = int((time.monotonic() - started) * 1000)
            try:
                await self._repo.insert(log.__dict__)
            except Exception:
                logger.exception("failed to persist usage log for %s/%s", provider, model)


llm_tracker = LLMUsageTracker()
