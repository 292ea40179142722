"""Platform LLM usage tracker (vendored from the platform team's template).

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = ...
        usage_log.input_tokens = ...
        usage_log.output_tokens = ...
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import AsyncIterator, Dict, List, Optional

from app.services.cost import estimate_cost_usd

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    tenant_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def cost_usd(self) -> float:
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: List[UsageLog] = []
        self._totals: Dict[str, int] = {}

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id)
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - start) * 1000
            self._record(log)

    def _record(self, log: UsageLog) -> None:
        self._buffer.append(log)
        key = f"{log.provider}:{log.model}"
        self._totals[key] = self._totals.get(key, 0) + log.input_tokens + log.output_tokens
        logger.info(
            "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.5f ok=%s",
            log.provider, log.model, log.feature_context, log.input_tokens, log.output_tokens, log.cost_usd, log.success,
        )

    def drain(self) -> List[UsageLog]:
        buf, self._buffer = self._buffer, []
        return buf

    def totals(self) -> Dict[str, int]:
        return dict(self._totals)


llm_tracker = LLMUsageTracker()
