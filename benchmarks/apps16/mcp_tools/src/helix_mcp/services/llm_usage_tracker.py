"""LLM usage tracking.

Every billable model request should end up as one row in the finops
``llm_usage_logs`` table.  Use :meth:`LLMUsageTracker.track_llm_call` around a
direct SDK call, or go through ``multi_model_service`` which does it for you.
"""
from __future__ import annotations

import asyncio
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator, List, Optional

import httpx

from helix_mcp.config import get_settings

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int = 0
    success: bool = True
    error: Optional[str] = None
    team: str = "platform-ai"


class LLMUsageTracker:
    def __init__(self, flush_every: int = 20):
        self._pending: List[UsageLog] = []
        self._flush_every = flush_every
        self._lock = asyncio.Lock()

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            usage.latency_ms = int((time.perf_counter() - start) * 1000)
            if usage.success and not (usage.input_tokens or usage.output_tokens):
                log.warning("llm call %s/%s recorded no token counts", feature_context, model)
            await self._record(usage)

    async def _record(self, usage: UsageLog) -> None:
        async with self._lock:
            self._pending.append(usage)
            if len(self._pending) < self._flush_every:
                return
            batch, self._pending = self._pending, []
        await self._flush(batch)

    async def _flush(self, batch: List[UsageLog]) -> None:
        url = f"{get_settings().finops_url}/api/llm-usage/bulk"
        try:
            async with httpx.AsyncClient(timeout=10.0) as http:
                resp = await http.post(url, json=[asdict(u) for u in batch])
                resp.raise_for_status()
        except httpx.HTTPError as exc:
            # Usage logging must never break a tool call.
            log.error("dropping %d usage records: %s", len(batch), exc)

    async def flush(self) -> None:
        async with self._lock:
            batch, self._pending = self._pending, []
        if batch:
            await self._flush(batch)


llm_tracker = LLMUsageTracker()
