"""Records every model request to ``llm_usage_logs`` for cost attribution."""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import text

from docproc.db import session_scope

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Keep in sync with finance's sheet.
PRICING = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o-2024-08-06": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    matter_id: Optional[int] = None
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: Optional[str] = None
    started_at: float = field(default_factory=time.monotonic)
    latency_ms: int = 0

    @property
    def cost_usd(self) -> float:
        rate_in, rate_out = PRICING.get(self.model, (0.0, 0.0))
        return (self.input_tokens * rate_in + self.output_tokens * rate_out) / 1_000_000


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, matter_id: int = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, matter_id=matter_id)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)[:1000]
            raise
        finally:
            usage_log.latency_ms = int((time.monotonic() - usage_log.started_at) * 1000)
            self._persist(usage_log)

    def _persist(self, usage_log: UsageLog) -> None:
        try:
            with session_scope() as session:
                session.execute(
                    text(
                        "INSERT INTO llm_usage_logs (provider, model, feature_context, matter_id, "
                        "input_tokens, output_tokens, cost_usd, success, error, latency_ms) "
                        "VALUES (:provider, :model, :feature, :matter, :inp, :out, :cost, :ok, :err, :lat)"
                    ),
                    {
                        "provider": usage_log.provider,
                        "model": usage_log.model,
                        "feature": usage_log.feature_context,
                        "matter": usage_log.matter_id,
                        "inp": usage_log.input_tokens,
                        "out": usage_log.output_tokens,
                        "cost": usage_log.cost_usd,
                        "ok": usage_log.success,
                        "err": usage_log.error,
                        "lat": usage_log.latency_ms,
                    },
                )
        except Exception:  # never fail a request because accounting failed
            logger.exception("failed to persist llm usage log")


llm_tracker = LLMUsageTracker()
