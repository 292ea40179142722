"""Records token usage for every model call into migration.llm_usage_logs."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from sqlalchemy import text

from core.services import Services

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
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started_at) * 1000
            self._persist(log)

    def _persist(self, log: UsageLog) -> None:
        if Services.db is None:
            logger.debug("usage (not persisted): %s", log)
            return
        try:
            with Services.db.begin() as conn:
                conn.execute(
                    text(
                        "INSERT INTO migration.llm_usage_logs (provider, model, feature_context, "
                        "input_tokens, output_tokens, success, error, duration_ms) VALUES "
                        "(:provider, :model, :feature_context, :input_tokens, :output_tokens, "
                        ":success, :error, :duration_ms)"
                    ),
                    {
                        "provider": log.provider,
                        "model": log.model,
                        "feature_context": log.feature_context,
                        "input_tokens": log.input_tokens,
                        "output_tokens": log.output_tokens,
                        "success": log.success,
                        "error": log.error,
                        "duration_ms": log.duration_ms,
                    },
                )
        except Exception:  # noqa: BLE001 - tracking must never break a consumer
            logger.exception("failed to persist llm usage log")


llm_tracker = LLMUsageTracker()
