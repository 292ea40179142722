"""Usage tracking for LLM calls.

Every billable call should either go through ``multi_model_service`` or be
wrapped in ``llm_tracker.track_llm_call(...)``; rows land in the usage table
and feed the /admin/costs endpoint.
"""
import contextlib
import logging
import time
import uuid
from dataclasses import dataclass, field

from chalicelib.cost import calculate_cost
from chalicelib.db import UsageTable

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str | None = None
    started_at: float = field(default_factory=time.time)
    latency_ms: int = 0

    def as_row(self) -> dict:
        cost = calculate_cost(self.model, self.input_tokens, self.output_tokens)
        return {
            "request_id": self.request_id,
            "provider": self.provider,
            "model": self.model,
            "feature_context": self.feature_context,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cost_usd": cost,
            "success": self.success,
            "error": self.error,
            "latency_ms": self.latency_ms,
            "created_at": int(self.started_at),
        }


class LLMUsageTracker:
    def __init__(self, table: UsageTable | None = None):
        self._table = table

    @property
    def table(self) -> UsageTable:
        if self._table is None:
            self._table = UsageTable()
        return self._table

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            log.latency_ms = int((time.time() - log.started_at) * 1000)
            try:
                self.table.put(log.as_row())
            except Exception:  # noqa: BLE001 - never fail the request on tracking
                logger.exception("failed to persist usage row %s", log.request_id)


llm_tracker = LLMUsageTracker()
