"""Records every model request in ``llm_usage_logs`` for cost reporting.

Usage::

    async with llm_tracker.track_llm_call(
        provider="azure_openai", model=deployment, feature_context="summaries"
    ) as usage_log:
        resp = await client.chat.completions.create(...)
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

from sqlmodel import Session

from app.core.db import engine
from app.models import LLMUsageLog

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    tenant_id: uuid.UUID | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    extra: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._enabled = True

    def disable(self) -> None:
        self._enabled = False

    @asynccontextmanager
    async def track_llm_call(
        self,
        *,
        provider: str,
        model: str,
        feature_context: str,
        tenant_id: uuid.UUID | None = None,
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(
            provider=provider, model=model, feature_context=feature_context, tenant_id=tenant_id
        )
        started = time.perf_counter()
        error: str | None = None
        try:
            yield usage
        except Exception as exc:  # noqa: BLE001 - re-raised below
            error = repr(exc)
            raise
        finally:
            latency_ms = int((time.perf_counter() - started) * 1000)
            if self._enabled:
                self._persist(usage, latency_ms=latency_ms, error=error)

    def _persist(self, usage: UsageLog, *, latency_ms: int, error: str | None) -> None:
        row = LLMUsageLog(
            tenant_id=usage.tenant_id,
            provider=usage.provider,
            model=usage.model,
            feature_context=usage.feature_context,
            input_tokens=usage.input_tokens,
            output_tokens=usage.output_tokens,
            latency_ms=latency_ms,
            success=error is None,
            error=error,
        )
        try:
            with Session(engine) as session:
                session.add(row)
                session.commit()
        except Exception:  # pragma: no cover - never break the caller over accounting
            logger.exception("failed to persist llm usage row")


llm_tracker = LLMUsageTracker()
