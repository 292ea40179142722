"""LLM usage tracking.

Usage: wrap a call that cannot go through multi_model_service yet::

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

from lib.db import usage_store
from lib.llm.pricing import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: int | None = None
    status: str = "pending"
    cost_usd: float = 0.0
    metadata: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self, store=usage_store):
        self._store = store

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, **metadata) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, metadata=metadata)
        started = time.perf_counter()
        try:
            yield usage_log
            usage_log.status = "success"
        except Exception:
            usage_log.status = "error"
            raise
        finally:
            usage_log.latency_ms = int((time.perf_counter() - started) * 1000)
            usage_log.cost_usd = estimate_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            try:
                self._store.insert(asdict(usage_log))
            except Exception:  # never fail a request because of bookkeeping
                log.exception("failed to persist llm usage log")


llm_tracker = LLMUsageTracker()
