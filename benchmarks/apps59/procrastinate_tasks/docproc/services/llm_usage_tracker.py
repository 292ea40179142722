"""Usage tracker: every tracked LLM call ends up as a row in llm_usage_logs."""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import time
from collections.abc import AsyncIterator

from docproc.db import get_pool

logger = logging.getLogger(__name__)


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    async def _persist(self, log: UsageLog) -> None:
        try:
            pool = await get_pool()
            async with pool.connection() as conn:
                await conn.execute(
                    "INSERT INTO llm_usage_logs (provider, model, feature_context, tenant_id, input_tokens, "
                    "output_tokens, latency_ms, success, error) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                    (
                        log.provider,
                        log.model,
                        log.feature_context,
                        log.tenant_id,
                        log.input_tokens,
                        log.output_tokens,
                        log.latency_ms,
                        log.success,
                        log.error,
                    ),
                )
        except Exception:  # never break the caller because of bookkeeping
            logger.exception("failed to persist llm usage log")

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str, tenant_id: str | None = None
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id)
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - start) * 1000
            await self._persist(log)


llm_tracker = LLMUsageTracker()
