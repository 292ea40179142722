"""LLM usage tracking (owned by FinOps, vendored from the platform-commons repo).

Usage logs are shipped to the FinOps collector; in the cluster that is the
``llm-usage-collector`` service, locally they are just logged.
"""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import time
import uuid
from typing import AsyncIterator

import httpx

logger = logging.getLogger(__name__)

COLLECTOR_URL = os.getenv("LLM_USAGE_COLLECTOR_URL", "")


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    tenant: str | None = None


class LLMUsageTracker:
    def __init__(self, collector_url: str = COLLECTOR_URL) -> None:
        self._collector_url = collector_url
        self._http: httpx.AsyncClient | None = None

    async def _ship(self, log: UsageLog) -> None:
        if not self._collector_url:
            logger.info("llm usage %s", dataclasses.asdict(log))
            return
        if self._http is None:
            self._http = httpx.AsyncClient(timeout=5)
        try:
            await self._http.post(f"{self._collector_url}/v1/usage", json=dataclasses.asdict(log))
        except httpx.HTTPError:
            logger.warning("could not ship usage log %s", log.request_id, exc_info=True)

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant: str | None = None,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant=tenant)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            await self._ship(log)


llm_tracker = LLMUsageTracker()
