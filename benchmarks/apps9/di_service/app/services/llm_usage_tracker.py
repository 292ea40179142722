"""Records token usage of model calls into ``finops.llm_usage_logs``."""
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from app.settings import get_settings

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: Optional[int] = None
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, engine: Optional[AsyncEngine] = None) -> None:
        self._engine = engine

    def _get_engine(self) -> AsyncEngine:
        if self._engine is None:
            self._engine = create_async_engine(get_settings().database_url, pool_size=2)
        return self._engine

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str,
                             feature_context: str) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = int((time.perf_counter() - started) * 1000)
            await self._persist(log)

    async def _persist(self, log: UsageLog) -> None:
        try:
            async with self._get_engine().begin() as conn:
                await conn.execute(
                    text(
                        "INSERT INTO finops.llm_usage_logs (request_id, provider, model, "
                        "feature_context, input_tokens, output_tokens, latency_ms, success, error) "
                        "VALUES (:request_id, :provider, :model, :feature_context, :input_tokens, "
                        ":output_tokens, :latency_ms, :success, :error)"
                    ),
                    log.__dict__,
                )
        except Exception:  # never break the caller because of bookkeeping
            logger.exception("failed to persist llm usage log %s", log.request_id)


llm_tracker = LLMUsageTracker()
