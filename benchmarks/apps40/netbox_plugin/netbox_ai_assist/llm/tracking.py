"""Usage tracking for LLM calls.

Every call should end up in the `llm_usage` log, either through
``multi_model_service.generate_response`` or by wrapping the call in
``llm_tracker.track_llm_call``.
"""
from __future__ import annotations

import contextlib
import dataclasses
import logging
import time

from django.core.cache import cache

logger = logging.getLogger("netbox.plugins.netbox_ai_assist.usage")


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = dataclasses.field(default_factory=time.monotonic)
    duration_ms: int = 0
    error: str | None = None


class LLMUsageTracker:
    CACHE_KEY = "netbox_ai_assist:usage:{provider}:{model}"

    def _persist(self, log: UsageLog):
        key = self.CACHE_KEY.format(provider=log.provider, model=log.model)
        totals = cache.get(key) or {"calls": 0, "input_tokens": 0, "output_tokens": 0}
        totals["calls"] += 1
        totals["input_tokens"] += log.input_tokens
        totals["output_tokens"] += log.output_tokens
        cache.set(key, totals, timeout=None)
        logger.info(
            "llm call provider=%s model=%s feature=%s in=%s out=%s ms=%s err=%s",
            log.provider, log.model, log.feature_context,
            log.input_tokens, log.output_tokens, log.duration_ms, log.error,
        )

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = int((time.monotonic() - log.started) * 1000)
            self._persist(log)

    def totals(self, provider: str, model: str) -> dict:
        return cache.get(self.CACHE_KEY.format(provider=provider, model=model)) or {}


llm_tracker = LLMUsageTracker()
