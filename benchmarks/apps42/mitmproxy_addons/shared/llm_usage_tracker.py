"""Usage tracking for LLM calls made by the addons.

Wrap any direct provider call in ``track_llm_call`` and fill in the token
counts; the record is shipped to the platform's FinOps collector.
"""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import os
import time
from typing import AsyncIterator

import httpx

logger = logging.getLogger(__name__)

COLLECTOR_URL = os.environ.get("USAGE_COLLECTOR_URL", "http://finops-collector.internal:8080/v1/usage")


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = dataclasses.field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    ok: bool = True


class LLMUsageTracker:
    def __init__(self, collector_url: str = COLLECTOR_URL) -> None:
        self.collector_url = collector_url
        self._http = httpx.AsyncClient(timeout=5.0)

    @contextlib.asynccontextmanager
    async def track_llm_call(self, *, provider: str, model: str,
                             feature_context: str) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception:
            log.ok = False
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started) * 1000
            await self._ship(log)

    async def _ship(self, log: UsageLog) -> None:
        try:
            await self._http.post(self.collector_url, json=dataclasses.asdict(log))
        except httpx.HTTPError as exc:  # never break the proxy over metrics
            logger.debug("usage collector unavailable: %s", exc)


llm_tracker = LLMUsageTracker()
