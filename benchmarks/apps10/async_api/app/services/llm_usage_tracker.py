"""Records every model request in llm_usage_logs for the FinOps dashboard."""
from __future__ import annotations

import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from sqlalchemy import text

from app.db import SessionLocal
from app.logging_config import get_logger

log = get_logger(__name__)


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
    latency_ms: int = 0


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = int((time.monotonic() - usage.started_at) * 1000)
            await self._persist(usage)

    async def _persist(self, usage: UsageLog) -> None:
        try:
            async with SessionLocal() as session:
                await session.execute(
                    text(
                        "INSERT INTO llm_usage_logs (provider, model, feature_context, input_tokens,"
                        " output_tokens, success, error, latency_ms) VALUES (:provider, :model,"
                        " :feature_context, :input_tokens, :output_tokens, :success, :error, :latency_ms)"
                    ),
                    {
                        "provider": usage.provider,
                        "model": usage.model,
                        "feature_context": usage.feature_context,
                        "input_tokens": usage.input_tokens,
                        "output_tokens": usage.output_tokens,
                        "success": usage.success,
                        "error": usage.error,
                        "latency_ms": usage.latency_ms,
                    },
                )
                await session.commit()
        except Exception:  # never let accounting break a request
            log.exception("usage_log_write_failed", provider=usage.provider, model=usage.model)


llm_tracker = LLMUsageTracker()
