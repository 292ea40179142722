"""Usage tracking for LLM calls (cost dashboard at /finops/llm-costs).

Wrap any direct SDK call that cannot go through ``multi_model_service``::

    async with llm_tracker.track_llm_call(provider="anthropic", model=m,
                                          feature_context="summary") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.input_tokens
        usage_log.output_tokens = resp.usage.output_tokens
"""
from __future__ import annotations

import json
import logging
import os
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator, Optional

import httpx

logger = logging.getLogger(__name__)

USAGE_SINK_URL = os.getenv("LLM_USAGE_SINK_URL", "http://finops-collector.platform.svc/v1/llm-usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant: Optional[str] = None
    conversation_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None
    started_at: float = field(default_factory=time.time)


class LLMUsageTracker:
    def __init__(self, sink_url: str = USAGE_SINK_URL) -> None:
        self._sink_url = sink_url
        self._http = httpx.AsyncClient(timeout=2.0)

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant: Optional[str] = None,
        conversation_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider, model, feature_context, tenant, conversation_id)
        t0 = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = type(exc).__name__
            raise
        finally:
            log.latency_ms = (time.perf_counter() - t0) * 1000
            await self._emit(log)

    async def _emit(self, log: UsageLog) -> None:
        try:
            await self._http.post(self._sink_url, content=json.dumps(asdict(log)))
        except httpx.HTTPError:
            logger.warning("could not ship usage log for %s/%s", log.provider, log.model)


llm_tracker = LLMUsageTracker()
