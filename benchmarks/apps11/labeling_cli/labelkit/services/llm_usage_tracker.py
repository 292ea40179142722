"""Records LLM usage (tokens, latency, cost attribution) for the FinOps dashboard.

Usage::

    async with llm_tracker.track_llm_call(provider="together", model=m, feature_context="audit") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import json
import logging
import os
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator, Optional

import httpx

log = logging.getLogger(__name__)

_USAGE_ENDPOINT = os.environ.get("LABELKIT_USAGE_ENDPOINT", "https://finops.ml-platform.internal/api/v1/llm-usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: Optional[int] = None
    output_tokens: Optional[int] = None
    latency_ms: Optional[int] = None
    success: bool = True
    error: Optional[str] = None
    team: str = "ml-platform"


class LLMUsageTracker:
    def __init__(self, endpoint: str = _USAGE_ENDPOINT) -> None:
        self.endpoint = endpoint
        self._client: Optional[httpx.AsyncClient] = None

    async def _emit(self, entry: UsageLog) -> None:
        if self._client is None:
            self._client = httpx.AsyncClient(timeout=5.0)
        try:
            await self._client.post(self.endpoint, json=asdict(entry))
        except httpx.HTTPError:
            log.warning("usage log dropped: %s", json.dumps(asdict(entry)))

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = type(exc).__name__
            raise
        finally:
            entry.latency_ms = int((time.perf_counter() - started) * 1000)
            await self._emit(entry)


llm_tracker = LLMUsageTracker()
