"""Records LLM usage to the finops table (via the internal usage API)."""
from __future__ import annotations

import contextlib
import logging
import os
import time
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

import httpx

log = logging.getLogger(__name__)

USAGE_API = os.environ.get("FINOPS_USAGE_API", "http://finops.internal:8080/api/v1/llm-usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: Optional[int] = None
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, endpoint: str = USAGE_API) -> None:
        self.endpoint = endpoint
        self._http = httpx.AsyncClient(timeout=5.0)

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.duration_ms = int((time.time() - usage.started_at) * 1000)
            await self._record(usage)

    async def _record(self, usage: UsageLog) -> None:
        try:
            await self._http.post(self.endpoint, json=usage.__dict__)
        except httpx.HTTPError:
            log.warning("could not record LLM usage for %s", usage.feature_context)


llm_tracker = LLMUsageTracker()
