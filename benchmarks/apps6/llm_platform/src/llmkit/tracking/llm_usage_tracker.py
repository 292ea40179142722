"""Records token usage and latency of LLM calls.

Usage rows are buffered and flushed to the FinOps ingestion endpoint.
"""
from __future__ import annotations

import asyncio
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator, List, Optional

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, flush_every: int = 50) -> None:
        self._buffer: List[UsageLog] = []
        self._flush_every = flush_every
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str,
                             feature_context: str = "unspecified") -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - start) * 1000
            await self._record(log)

    async def _record(self, log: UsageLog) -> None:
        if log.input_tokens == 0 and log.output_tokens == 0 and log.error is None:
            logger.warning("LLM call %s/%s recorded no tokens", log.provider, log.model)
        async with self._lock:
            self._buffer.append(log)
            if len(self._buffer) >= self._flush_every:
                batch, self._buffer = self._buffer, []
                await self._flush(batch)

    async def _flush(self, batch: List[UsageLog]) -> None:
        # The ingestion client lives in the finops package; log for now.
        for row in batch:
            logger.info("llm_usage %s", asdict(row))


llm_tracker = LLMUsageTracker()
