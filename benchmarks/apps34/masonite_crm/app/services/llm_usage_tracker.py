"""Records token usage for every tracked LLM call into llm_usage_logs."""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

from masoniteorm.query import QueryBuilder

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Updated by hand when vendors change prices.
PRICING = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "mistral-large-latest": (2.00, 6.00),
    "deepseek-chat": (0.27, 1.10),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICING.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    user_id: Optional[int] = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    error: Optional[str] = None

    @property
    def cost(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, enabled: bool = True):
        self.enabled = enabled

    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context, user_id=None):
        usage_log = UsageLog(provider, model, feature_context, user_id)
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001 - we re-raise
            usage_log.error = repr(exc)
            raise
        finally:
            if self.enabled:
                self._persist(usage_log)

    def _persist(self, usage_log: UsageLog):
        elapsed_ms = int((time.monotonic() - usage_log.started_at) * 1000)
        try:
            QueryBuilder().table("llm_usage_logs").create(
                {
                    "provider": usage_log.provider,
                    "model": usage_log.model,
                    "feature_context": usage_log.feature_context,
                    "user_id": usage_log.user_id,
                    "input_tokens": usage_log.input_tokens,
                    "output_tokens": usage_log.output_tokens,
                    "cost_usd": usage_log.cost,
                    "latency_ms": elapsed_ms,
                    "error": usage_log.error,
                }
            )
        except Exception:  # pragma: no cover - never break the request on logging
            logger.exception("failed to persist llm usage log")


llm_tracker = LLMUsageTracker()
