"""Usage accounting for model calls that cannot go through multi_model_service."""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from types import TracebackType

from docflow.extensions import db
from docflow.models import LLMUsageLog

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    feature: str
    tenant_id: int | None = None
    provider: str | None = None
    model: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    error: str | None = None


class _TrackedCall:
    """Context manager usable with both ``with`` and ``async with``."""

    def __init__(self, tracker: "LLMUsageTracker", log: UsageLog) -> None:
        self._tracker = tracker
        self._log = log

    def __enter__(self) -> UsageLog:
        return self._log

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        self._tracker.finish(self._log, exc)
        return False

    async def __aenter__(self) -> UsageLog:
        return self._log

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool:
        self._tracker.finish(self._log, exc)
        return False


class LLMUsageTracker:
    def track_llm_call(
        self,
        *,
        feature: str,
        tenant_id: int | None = None,
        provider: str | None = None,
        model: str | None = None,
    ) -> _TrackedCall:
        return _TrackedCall(self, UsageLog(feature=feature, tenant_id=tenant_id, provider=provider, model=model))

    def finish(self, log: UsageLog, exc: BaseException | None) -> None:
        if exc is not None:
            log.error = f"{type(exc).__name__}: {exc}"
        duration_ms = int((time.monotonic() - log.started_at) * 1000)
        try:
            db.session.add(
                LLMUsageLog(
                    tenant_id=log.tenant_id,
                    feature=log.feature,
                    provider=log.provider,
                    model=log.model,
                    input_tokens=log.input_tokens,
                    output_tokens=log.output_tokens,
                    duration_ms=duration_ms,
                    error=log.error,
                )
            )
            db.session.commit()
        except Exception:
            db.session.rollback()
            logger.exception("failed to persist LLM usage for feature %s", log.feature)


llm_tracker = LLMUsageTracker()
