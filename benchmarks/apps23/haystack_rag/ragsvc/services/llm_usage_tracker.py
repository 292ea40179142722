"""Records every LLM request (tokens, latency, feature) to the usage log table."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    id: str
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    metadata: dict = field(default_factory=dict)


class UsageSink:
    """Where finished usage logs go. Production uses the Postgres sink; dev logs them."""

    def write(self, log: UsageLog) -> None:
        logger.info(
            "llm_usage provider=%s model=%s feature=%s in=%d out=%d ms=%.0f ok=%s",
            log.provider,
            log.model,
            log.feature_context,
            log.input_tokens,
            log.output_tokens,
            log.latency_ms,
            log.success,
        )


class LLMUsageTracker:
    def __init__(self, sink: UsageSink | None = None) -> None:
        self._sink = sink or UsageSink()

    def set_sink(self, sink: UsageSink) -> None:
        self._sink = sink

    @asynccontextmanager
    async def track_llm_call(
        self,
        provider: str,
        model: str,
        feature_context: str,
        **metadata,
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(
            id=str(uuid.uuid4()),
            provider=provider,
            model=model,
            feature_context=feature_context,
            metadata=dict(metadata),
        )
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001 - re-raised
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            self._sink.write(log)


llm_tracker = LLMUsageTracker()
