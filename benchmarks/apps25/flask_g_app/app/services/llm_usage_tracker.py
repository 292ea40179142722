"""Usage tracker: records one row per LLM call in ``llm_usage_logs``.

Use it directly only for legacy code paths that cannot go through
``multi_model_service``::

    async with llm_tracker.track_llm_call(provider=..., model=..., feature_context=...) as usage_log:
        resp = client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Optional

from app.services.cost import calculate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    duration_ms: Optional[int] = None
    success: bool = True
    error: Optional[str] = None
    tenant: Optional[str] = None

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self):
        self._sink = None

    def bind_sink(self, sink):
        """``sink`` is any callable taking a UsageLog (DB writer in prod)."""
        self._sink = sink

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, tenant=None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, tenant=tenant)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:500]
            raise
        finally:
            usage_log.duration_ms = int((time.perf_counter() - t0) * 1000)
            self._emit(usage_log)

    def _emit(self, usage_log: UsageLog):
        log.info(
            "llm_usage provider=%s model=%s feature=%s in=%s out=%s cost=%.5f ok=%s",
            usage_log.provider,
            usage_log.model,
            usage_log.feature_context,
            usage_log.input_tokens,
            usage_log.output_tokens,
            usage_log.cost_usd,
            usage_log.success,
        )
        if self._sink is not None:
            try:
                self._sink(usage_log)
            except Exception:  # noqa: BLE001
                log.exception("failed to persist usage log %s", usage_log.request_id)


llm_tracker = LLMUsageTracker()
