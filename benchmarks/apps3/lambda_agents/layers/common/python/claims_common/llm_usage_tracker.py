"""Usage tracking for model calls.

``llm_tracker.track_llm_call`` is both a sync and an async context manager.
Callers fill ``usage_log.input_tokens`` / ``usage_log.output_tokens``; the
record is written to the usage table when the block exits.
"""
from __future__ import annotations

import logging
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import Any

from claims_common.aws_clients import dynamodb
from claims_common.config import settings

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    feature: str
    tenant_id: str
    provider: str | None = None
    model: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "ok"
    error: str | None = None
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: str = field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    duration_ms: int = 0


class _TrackedCall:
    def __init__(self, tracker: "LLMUsageTracker", log: UsageLog) -> None:
        self._tracker = tracker
        self._log = log
        self._start = 0.0

    def __enter__(self) -> UsageLog:
        self._start = time.perf_counter()
        return self._log

    def __exit__(self, exc_type, exc, tb) -> bool:
        self._finish(exc)
        return False

    async def __aenter__(self) -> UsageLog:
        return self.__enter__()

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        return self.__exit__(exc_type, exc, tb)

    def _finish(self, exc: BaseException | None) -> None:
        self._log.duration_ms = int((time.perf_counter() - self._start) * 1000)
        if exc is not None:
            self._log.status = "error"
            self._log.error = type(exc).__name__
        self._tracker.record(self._log)


class LLMUsageTracker:
    def __init__(self, table_name: str) -> None:
        self._table_name = table_name

    def track_llm_call(
        self,
        feature: str,
        tenant_id: str,
        provider: str | None = None,
        model: str | None = None,
    ) -> _TrackedCall:
        return _TrackedCall(self, UsageLog(feature=feature, tenant_id=tenant_id, provider=provider, model=model))

    def record(self, log: UsageLog) -> None:
        item: dict[str, Any] = {k: v for k, v in asdict(log).items() if v is not None}
        item["pk"] = f"TENANT#{log.tenant_id}"
        item["sk"] = f"CALL#{log.started_at}#{log.call_id}"
        try:
            dynamodb.Table(self._table_name).put_item(Item=item)
        except Exception:  # noqa: BLE001 - tracking must never break the caller
            logger.exception("failed to record LLM usage for %s", log.feature)


llm_tracker = LLMUsageTracker(settings.usage_table)
