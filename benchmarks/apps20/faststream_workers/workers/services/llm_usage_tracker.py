"""Records token usage for every LLM request into the warehouse.

Owned by platform; copied here from the shared template (keep in sync).
"""
from __future__ import annotations

import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

import structlog

log = structlog.get_logger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage
        except Exception as exc:  # noqa: BLE001
            usage.success = False
            usage.error = repr(exc)
            raise
        finally:
            usage.latency_ms = (time.perf_counter() - started) * 1000
            self._buffer.append(usage)
            log.info(
                "llm_usage",
                provider=provider,
                model=model,
                feature=feature_context,
                input_tokens=usage.input_tokens,
                output_tokens=usage.output_tokens,
            )

    async def flush(self) -> list[UsageLog]:
        out, self._buffer = self._buffer, []
        return out


llm_tracker = LLMUsageTracker()
