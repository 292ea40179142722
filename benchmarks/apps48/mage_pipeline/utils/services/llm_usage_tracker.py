"""Vendored copy of the platform team's LLM usage tracker.

Writes one row per model call into support.llm_usage_logs so FinOps can
attribute costs to the enrichment pipeline.
"""
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

logger = logging.getLogger(__name__)


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
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, sink=None):
        self._sink = sink

    def set_sink(self, sink) -> None:
        self._sink = sink

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.success = False
            log.error = repr(exc)[:500]
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            self._flush(log)

    def _flush(self, log: UsageLog) -> None:
        if self._sink is None:
            logger.info(
                'llm_usage provider=%s model=%s in=%s out=%s ctx=%s',
                log.provider, log.model, log.input_tokens, log.output_tokens, log.feature_context,
            )
            return
        self._sink.write(log)


llm_tracker = LLMUsageTracker()
