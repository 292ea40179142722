"""Usage tracker: records token counts and cost per LLM call."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

PRICE_PER_MTOK = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-haiku-20240307": (0.25, 1.25),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "command-r-plus": (2.50, 10.00),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    in_price, out_price = PRICE_PER_MTOK.get(model, (0.0, 0.0))
    return (input_tokens * in_price + output_tokens * out_price) / 1_000_000


class LLMUsageTracker:
    def __init__(self) -> None:
        self.logs: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:  # pragma: no cover - re-raised
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started_at) * 1000
            self.logs.append(log)
            logger.info(
                "llm_call provider=%s model=%s feature=%s in=%d out=%d cost=%.6f",
                provider, model, feature_context, log.input_tokens, log.output_tokens, log.cost_usd,
            )

    def total_cost(self, feature_context: str | None = None) -> float:
        return sum(
            log.cost_usd for log in self.logs
            if feature_context is None or log.feature_context == feature_context
        )

    def reset(self) -> None:
        self.logs.clear()


llm_tracker = LLMUsageTracker()
