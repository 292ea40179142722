"""Usage tracking for model calls (cost dashboard at /admin/costs)."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from .tokens import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self) -> None:
        self.logs: list[UsageLog] = []
        self.sink = None  # set to a fastlite table in main.py

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.time() - usage_log.started_at) * 1000)
            self.logs.append(usage_log)
            if self.sink is not None:
                try:
                    self.sink.insert(
                        provider=usage_log.provider,
                        model=usage_log.model,
                        feature=usage_log.feature_context,
                        input_tokens=usage_log.input_tokens,
                        output_tokens=usage_log.output_tokens,
                        cost_usd=usage_log.cost_usd,
                        duration_ms=usage_log.duration_ms,
                        error=usage_log.error,
                    )
                except Exception:
                    log.exception("could not persist usage log")

    def totals(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for entry in self.logs:
            out[entry.provider] = out.get(entry.provider, 0.0) + entry.cost_usd
        return out


llm_tracker = LLMUsageTracker()
