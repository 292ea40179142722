"""Usage tracker: every billable call should run inside ``track_llm_call``.

Rows end up in ``enrichment.llm_usage_logs`` (see the finops dashboard).
"""
from __future__ import annotations

import contextlib
import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import AsyncIterator

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
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._sink: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, *, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - started) * 1000
            self._persist(log)

    def _persist(self, log: UsageLog) -> None:
        self._sink.append(log)
        logger.info(
            "llm_usage provider=%s model=%s ctx=%s in=%d out=%d ok=%s",
            log.provider, log.model, log.feature_context,
            log.input_tokens, log.output_tokens, log.success,
        )

    def drain(self) -> list[UsageLog]:
        out, self._sink = self._sink, []
        return out


llm_tracker = LLMUsageTracker()
