"""LLM usage tracking (the FinOps team's contract).

Usage rows go to the ``llm_usage_logs`` table and are shipped nightly to
the cost dashboard.  Wrap any direct provider call like this::

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="policy_qa") as usage_log:
        resp = client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""

from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from hrassist.services.costs import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    user_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str | None = None
    started_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    duration_ms: float = 0.0

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.provider, self.model, self.input_tokens, self.output_tokens)


class LLMUsageTracker:
    def __init__(self, store=None):
        self._store = store
        self._pending: list[UsageLog] = []

    def bind_store(self, store) -> None:
        self._store = store
        for row in self._pending:
            self._persist(row)
        self._pending.clear()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, user_id=None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, user_id=user_id)
        started = time.monotonic()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            usage_log.duration_ms = (time.monotonic() - started) * 1000
            self._persist(usage_log)

    def _persist(self, row: UsageLog) -> None:
        if self._store is None:
            self._pending.append(row)
            return
        try:
            self._store.usage.create(
                provider=row.provider,
                model=row.model,
                feature=row.feature_context,
                user_id=row.user_id,
                input_tokens=row.input_tokens,
                output_tokens=row.output_tokens,
                cost_usd=row.cost_usd,
                success=row.success,
                error=row.error,
                duration_ms=row.duration_ms,
            )
        except Exception:  # never break a request because of bookkeeping
            log.exception("failed to persist usage row")


llm_tracker = LLMUsageTracker()
