"""Records one usage row per LLM call and publishes it on ``finops.llm_usage``."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field

from svc.codec import encode
from svc.llm.tokens import estimate_cost

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    cost_usd: float = 0.0


class LLMUsageTracker:
    subject = "finops.llm_usage"

    def __init__(self) -> None:
        self._nc = None
        self._buffer: list[UsageLog] = []

    def bind(self, nc) -> None:
        self._nc = nc

    @asynccontextmanager
    async def track_llm_call(self, *, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = type(exc).__name__
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            usage_log.cost_usd = estimate_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            await self._emit(usage_log)

    async def _emit(self, usage_log: UsageLog) -> None:
        if self._nc is None or not self._nc.is_connected:
            self._buffer.append(usage_log)
            return
        pending, self._buffer = self._buffer, []
        for item in [*pending, usage_log]:
            try:
                await self._nc.publish(self.subject, encode(asdict(item)))
            except Exception:  # noqa: BLE001
                log.warning("dropping usage row %s", item.id)


    def flush_pending(self) -> list[UsageLog]:
        """Return (and clear) rows that could not be published yet."""
        pending, self._buffer = self._buffer, []
        return pending


class TenantBudget:
    """Soft monthly budget per tenant; checked by the gateway before costly ops."""

    def __init__(self, limits_usd: dict[str, float] | None = None) -> None:
        self.limits = limits_usd or {}
        self.spent: dict[str, float] = {}

    def record(self, tenant: str, usage_log: UsageLog) -> None:
        self.spent[tenant] = self.spent.get(tenant, 0.0) + usage_log.cost_usd

    def remaining(self, tenant: str) -> float | None:
        if tenant not in self.limits:
            return None
        return max(0.0, self.limits[tenant] - self.spent.get(tenant, 0.0))

    def over_budget(self, tenant: str) -> bool:
        left = self.remaining(tenant)
        return left is not None and left <= 0.0


llm_tracker = LLMUsageTracker()
