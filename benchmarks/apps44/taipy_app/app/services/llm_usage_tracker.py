"""Usage tracker shared with the platform team (vendored copy, keep in sync)."""
from __future__ import annotations

import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

log = logging.getLogger(__name__)


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
        self._logs: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "taipy_app"):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.latency_ms = (time.perf_counter() - started) * 1000
            self._logs.append(usage_log)
            log.info(
                "llm_usage provider=%s model=%s in=%d out=%d ctx=%s",
                provider, model, usage_log.input_tokens, usage_log.output_tokens, feature_context,
            )

    def recent(self, n: int = 50) -> list[UsageLog]:
        return self._logs[-n:]


llm_tracker = LLMUsageTracker()
