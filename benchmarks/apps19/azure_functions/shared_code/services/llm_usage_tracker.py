"""LLM usage tracking.

Every model call that leaves this app should end up as a row in the
``llmusage`` table so FinOps can attribute spend per tenant / feature.
``multi_model_service`` does this automatically; legacy call sites wrap their
SDK call with ``llm_tracker.track_llm_call(...)``.
"""

from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any, AsyncIterator, Dict, Optional

from shared_code.settings import get_settings
from shared_code.utils.tokens import estimate_cost_usd

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: Optional[str] = None
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None
    created_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())

    @property
    def cost_usd(self) -> float:
        return estimate_cost_usd(self.model, self.input_tokens, self.output_tokens)


class UsageRepository:
    """Table Storage sink for usage rows (moved here from shared_code.repository in 2.5)."""

    def __init__(self, table: Any) -> None:
        self._table = table

    @classmethod
    def from_settings(cls) -> "UsageRepository":
        from azure.data.tables import TableClient

        settings = get_settings()
        table = TableClient.from_connection_string(settings.table_connection or "", table_name=settings.usage_table)
        return cls(table)

    def record(self, row: Dict[str, Any]) -> None:
        entity = {
            "PartitionKey": row.get("tenant_id") or "_shared",
            "RowKey": row.get("request_id") or uuid.uuid4().hex,
        }
        entity.update({k: v for k, v in row.items() if v is not None and k not in {"tenant_id", "request_id"}})
        self._table.create_entity(entity=entity)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink = None  # set lazily; see _get_sink

    def _get_sink(self):
        if self._sink is None:
            self._sink = UsageRepository.from_settings()
        return self._sink

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: Optional[str] = None,
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(
            provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id
        )
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = f"{type(exc).__name__}: {exc}"[:500]
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            try:
                self._get_sink().record(asdict(usage_log) | {"cost_usd": usage_log.cost_usd})
            except Exception:  # noqa: BLE001 - tracking must never break the caller
                logger.exception("Failed to persist LLM usage row %s", usage_log.request_id)


llm_tracker = LLMUsageTracker()
