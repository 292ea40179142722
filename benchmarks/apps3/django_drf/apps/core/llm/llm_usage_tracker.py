"""Per-call usage accounting for model requests.

Usage::

    with llm_tracker.track_llm_call(feature="cv_scoring", tenant_id=org_id) as usage_log:
        response = client.converse(...)
        usage_log.input_tokens = response["usage"]["inputTokens"]
        usage_log.output_tokens = response["usage"]["outputTokens"]
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from typing import Any

from asgiref.sync import sync_to_async

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    feature: str
    tenant_id: str | None
    provider: str | None = None
    model: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    status: str = "ok"
    error: str | None = None
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: int = 0

    def as_row(self) -> dict[str, Any]:
        return {
            "feature": self.feature,
            "tenant_id": self.tenant_id,
            "provider": self.provider,
            "model": self.model,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "status": self.status,
            "error": self.error,
            "duration_ms": self.duration_ms,
        }


class _TrackedCall:
    def __init__(self, tracker: "LLMUsageTracker", log: UsageLog) -> None:
        self._tracker = tracker
        self._log = log

    def __enter__(self) -> UsageLog:
        return self._log

    def __exit__(self, exc_type, exc, tb) -> bool:
        self._finish(exc)
        self._tracker.persist(self._log)
        return False

    async def __aenter__(self) -> UsageLog:
        return self._log

    async def __aexit__(self, exc_type, exc, tb) -> bool:
        self._finish(exc)
        await sync_to_async(self._tracker.persist)(self._log)
        return False

    def _finish(self, exc: BaseException | None) -> None:
        self._log.duration_ms = int((time.monotonic() - self._log.started_at) * 1000)
        if exc is not None:
            self._log.status = "error"
            self._log.error = repr(exc)[:500]


class LLMUsageTracker:
    def track_llm_call(
        self,
        *,
        feature: str,
        tenant_id: str | None = None,
        provider: str | None = None,
        model: str | None = None,
    ) -> _TrackedCall:
        return _TrackedCall(self, UsageLog(feature=feature, tenant_id=tenant_id, provider=provider, model=model))

    def persist(self, log: UsageLog) -> None:
        from django.db import connection

        with connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO llm_usage_logs (feature, tenant_id, provider, model, input_tokens, "
                "output_tokens, status, error, duration_ms, created_at) "
                "VALUES (%(feature)s, %(tenant_id)s, %(provider)s, %(model)s, %(input_tokens)s, "
                "%(output_tokens)s, %(status)s, %(error)s, %(duration_ms)s, now())",
                log.as_row(),
            )
        logger.debug("llm usage recorded: %s", log.as_row())


llm_tracker = LLMUsageTracker()
