"""Records token usage of every upstream model request in llm_usage_logs."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

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
        self._db = None

    def bind(self, db) -> None:
        self._db = db

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str = "unknown"
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = (time.perf_counter() - started) * 1000
            await self._persist(usage)

    async def _persist(self, usage: UsageLog) -> None:
        if self._db is None:
            log.debug("usage not persisted (no db): %s", usage)
            return
        try:
            await self._db.execute(
                "INSERT INTO llm_usage_logs (request_id, provider, model, feature_context, input_tokens,"
                " output_tokens, latency_ms, success, error) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
                usage.request_id, usage.provider, usage.model, usage.feature_context,
                usage.input_tokens, usage.output_tokens, usage.latency_ms, usage.success, usage.error,
            )
        except Exception:  # never break a request because of bookkeeping
            log.exception("failed to persist llm usage")


llm_tracker = LLMUsageTracker()
