"""Usage tracking for LLM calls.

Every billable request should either go through ``multi_model_service`` or be wrapped in::

    async with llm_tracker.track_llm_call(provider=..., model=..., feature_context=...) as usage_log:
        response = await client....
        usage_log.input_tokens = ...
        usage_log.output_tokens = ...

Records are persisted in a ``Store`` and an event is fired so the customer dashboards can
show cost per integration.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime
import logging
import time
from typing import Any

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers.storage import Store
from homeassistant.util import dt as dt_util

from .const import EVENT_LLM_USAGE, USAGE_STORE_KEY, USAGE_STORE_VERSION
from .tokens import estimate_cost

_LOGGER = logging.getLogger(__name__)

MAX_RECORDS = 2000


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    started: datetime = field(default_factory=dt_util.utcnow)
    input_tokens: int = 0
    output_tokens: int = 0
    duration_ms: int = 0
    success: bool = True
    error: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def cost_usd(self) -> float:
        return estimate_cost(self.provider, self.model, self.input_tokens, self.output_tokens)

    def as_record(self) -> dict[str, Any]:
        record = asdict(self)
        record["started"] = self.started.isoformat()
        record["cost_usd"] = round(self.cost_usd, 6)
        return record


class LLMUsageTracker:
    """Collects UsageLog records."""

    def __init__(self) -> None:
        self._hass: HomeAssistant | None = None
        self._store: Store[list[dict[str, Any]]] | None = None
        self._records: list[dict[str, Any]] = []

    async def async_attach(self, hass: HomeAssistant) -> None:
        if self._hass is not None:
            return
        self._hass = hass
        self._store = Store(hass, USAGE_STORE_VERSION, USAGE_STORE_KEY)
        self._records = await self._store.async_load() or []

    @asynccontextmanager
    async def track_llm_call(
        self,
        *,
        provider: str,
        model: str,
        feature_context: str,
        **extra: Any,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, extra=extra)
        start = time.monotonic()
        try:
            yield usage_log
        except Exception as err:
            usage_log.success = False
            usage_log.error = repr(err)
            raise
        finally:
            usage_log.duration_ms = int((time.monotonic() - start) * 1000)
            self._record(usage_log)

    @callback
    def _record(self, usage_log: UsageLog) -> None:
        record = usage_log.as_record()
        self._records.append(record)
        del self._records[:-MAX_RECORDS]
        if self._hass is None:
            _LOGGER.debug("Tracker not attached, dropping persistence for %s", record)
            return
        self._hass.bus.async_fire(EVENT_LLM_USAGE, record)
        if self._store is not None:
            self._store.async_delay_save(lambda: self._records, 30)

    def totals(self, feature_context: str | None = None) -> dict[str, float]:
        rows = [r for r in self._records if feature_context in (None, r["feature_context"])]
        return {
            "calls": len(rows),
            "input_tokens": sum(r["input_tokens"] for r in rows),
            "output_tokens": sum(r["output_tokens"] for r in rows),
            "cost_usd": round(sum(r["cost_usd"] for r in rows), 4),
        }


llm_tracker = LLMUsageTracker()
