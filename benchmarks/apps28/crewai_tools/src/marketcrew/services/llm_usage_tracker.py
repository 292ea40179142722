"""LLM usage tracking.

Wrap any direct provider call in ``llm_tracker.track_llm_call(...)`` and set
``usage_log.input_tokens`` / ``usage_log.output_tokens`` from the response. Rows go to
``marketing.llm_usage_logs`` and feed the /finops dashboard.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, AsyncIterator

from marketcrew.costs import estimate_cost

logger = logging.getLogger(__name__)

current_campaign_id: contextvars.ContextVar[str | None] = contextvars.ContextVar("current_campaign_id", default=None)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    campaign_id: str | None = None
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.model, self.input_tokens, self.output_tokens)


class UsageSink:
    """Where finished logs go. The API swaps in the DB sink at startup."""

    async def write(self, log: UsageLog) -> None:  # pragma: no cover - trivial
        logger.info(
            "llm_usage provider=%s model=%s feature=%s in=%d out=%d cost=%.5f ok=%s",
            log.provider,
            log.model,
            log.feature_context,
            log.input_tokens,
            log.output_tokens,
            log.cost_usd,
            log.success,
        )


class LLMUsageTracker:
    def __init__(self, sink: UsageSink | None = None) -> None:
        self.sink = sink or UsageSink()
        self._totals: dict[str, int] = {"calls": 0, "input_tokens": 0, "output_tokens": 0}

    def set_sink(self, sink: UsageSink) -> None:
        self.sink = sink

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        **metadata: Any,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(
            provider=provider,
            model=model,
            feature_context=feature_context,
            campaign_id=current_campaign_id.get(),
            metadata=metadata,
        )
        t0 = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = f"{type(exc).__name__}: {exc}"
            raise
        finally:
            log.latency_ms = (time.perf_counter() - t0) * 1000
            self._totals["calls"] += 1
            self._totals["input_tokens"] += log.input_tokens
            self._totals["output_tokens"] += log.output_tokens
            try:
                await self.sink.write(log)
            except Exception:  # never break the caller because of accounting
                logger.exception("failed to persist usage log %s", log.id)

    def totals(self) -> dict[str, int]:
        return dict(self._totals)


llm_tracker = LLMUsageTracker()
