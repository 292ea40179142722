"""Records every model call in ``llm_usage_logs`` (tokens, estimated cost, latency)."""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator, Dict, Optional, Tuple

from tutorbot.db.models import LlmUsageLog
from tutorbot.db.session import session_scope

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output). Updated by hand; see #312 for the price sheet.
PRICES: Dict[str, Tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    telegram_id: Optional[int] = None
    input_tokens: int = 0
    output_tokens: int = 0
    extra: dict = field(default_factory=dict)

    def cost(self) -> float:
        price_in, price_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        telegram_id: Optional[int] = None,
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context, telegram_id=telegram_id)
        started = time.monotonic()
        error: Optional[str] = None
        try:
            yield usage
        except Exception as exc:
            error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            await self._save(usage, int((time.monotonic() - started) * 1000), error)

    async def _save(self, usage: UsageLog, latency_ms: int, error: Optional[str]) -> None:
        try:
            async with session_scope() as session:
                session.add(
                    LlmUsageLog(
                        provider=usage.provider,
                        model=usage.model,
                        feature_context=usage.feature_context,
                        telegram_id=usage.telegram_id,
                        input_tokens=usage.input_tokens,
                        output_tokens=usage.output_tokens,
                        cost_usd=usage.cost(),
                        latency_ms=latency_ms,
                        success=error is None,
                        error=error,
                    )
                )
        except Exception:
            # never let bookkeeping break a user-facing reply
            log.exception("failed to store llm usage for %s/%s", usage.provider, usage.model)


llm_tracker = LLMUsageTracker()
