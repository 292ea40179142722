"""Usage tracking for LLM calls: every request should land in `llm_usage_logs`."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from assistant.llm.tokens import estimate_cost
from assistant.storage import get_store

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str | None = None
    latency_ms: int = 0

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self.enabled = True

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage
        except Exception as exc:
            usage.success = False
            usage.error = repr(exc)[:500]
            raise
        finally:
            usage.latency_ms = int((time.perf_counter() - started) * 1000)
            if self.enabled:
                try:
                    get_store().record_usage(usage)
                except Exception:  # never break mail flow on a logging failure
                    log.exception("failed to persist usage log %s", usage.id)


llm_tracker = LLMUsageTracker()
