"""Usage tracking for model calls made outside ``multi_model_service``."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger("lexsearch.llm_usage")


@dataclass
class UsageLog:
    feature: str
    tenant_id: str | None
    provider: str | None = None
    model: str | None = None
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    status: str = "pending"
    error: str | None = None

    def as_record(self) -> dict[str, Any]:
        return {
            "call_id": self.call_id,
            "feature": self.feature,
            "tenant_id": self.tenant_id,
            "provider": self.provider,
            "model": self.model,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "latency_ms": round(self.latency_ms, 1),
            "status": self.status,
            "error": self.error,
        }


class _TrackedCall:
    """Context manager usable with both ``with`` and ``async with``."""

    def __init__(self, tracker: "LLMUsageTracker", log: UsageLog) -> None:
        self._tracker = tracker
        self._log = log
        self._started = 0.0

    def _start(self) -> UsageLog:
        self._started = time.perf_counter()
        return self._log

    def _finish(self, exc: BaseException | None) -> None:
        self._log.latency_ms = (time.perf_counter() - self._started) * 1000
        if exc is not None:
            self._log.status = "error"
            self._log.error = f"{type(exc).__name__}: {exc}"
        else:
            self._log.status = "ok"
        self._tracker.record(self._log)

    def __enter__(self) -> UsageLog:
        return self._start()

    def __exit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        self._finish(exc)

    async def __aenter__(self) -> UsageLog:
        return self._start()

    async def __aexit__(self, exc_type: Any, exc: BaseException | None, tb: Any) -> None:
        self._finish(exc)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[dict[str, Any]] = []

    def track_llm_call(
        self,
        feature: str,
        tenant_id: str | None = None,
        provider: str | None = None,
        model: str | None = None,
    ) -> _TrackedCall:
        return _TrackedCall(
            self, UsageLog(feature=feature, tenant_id=tenant_id, provider=provider, model=model)
        )

    def record(self, log: UsageLog) -> None:
        record = log.as_record()
        self._buffer.append(record)
        logger.info("llm_usage", extra={"llm_usage": record})

    def drain(self) -> list[dict[str, Any]]:
        drained, self._buffer = self._buffer, []
        return drained


llm_tracker = LLMUsageTracker()
