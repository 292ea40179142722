"""Usage tracker: every model call should be wrapped in ``track_llm_call``.

    async with llm_tracker.track_llm_call(provider="openai", model=m, feature_context="x") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import AsyncIterator

import reflex as rx

from ..models import UsageLog

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Rough numbers, finance owns the real table.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.5, 10.0),
    "gpt-4o-mini": (0.15, 0.6),
    "claude-3-5-sonnet-latest": (3.0, 15.0),
    "claude-3-5-haiku-latest": (0.8, 4.0),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
}


@dataclass
class UsageRecord:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.perf_counter)
    success: bool = True
    error: str = ""

    def cost(self) -> float:
        price_in, price_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self) -> None:
        self.enabled = True

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageRecord]:
        record = UsageRecord(provider=provider, model=model, feature_context=feature_context)
        try:
            yield record
        except Exception as exc:  # noqa: BLE001 - we re-raise
            record.success = False
            record.error = repr(exc)[:500]
            raise
        finally:
            if self.enabled:
                self._persist(record)

    def _persist(self, record: UsageRecord) -> None:
        latency = int((time.perf_counter() - record.started) * 1000)
        try:
            with rx.session() as session:
                session.add(
                    UsageLog(
                        provider=record.provider,
                        model=record.model,
                        feature_context=record.feature_context,
                        input_tokens=record.input_tokens,
                        output_tokens=record.output_tokens,
                        cost_usd=record.cost(),
                        latency_ms=latency,
                        success=record.success,
                        error=record.error,
                    )
                )
                session.commit()
        except Exception:  # pragma: no cover - never break a request for logging
            logger.exception("failed to persist usage log")


llm_tracker = LLMUsageTracker()
