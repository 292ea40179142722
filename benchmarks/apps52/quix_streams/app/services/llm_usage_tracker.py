"""Usage tracker for LLM calls that cannot go through multi_model_service yet.

Usage::

    async with llm_tracker.track_llm_call(provider="openai", model=m,
                                          feature_context="x") as usage_log:
        resp = ...
        usage_log.input_tokens = resp.usage.prompt_tokens
        usage_log.output_tokens = resp.usage.completion_tokens
"""
from __future__ import annotations

import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import AsyncIterator

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.monotonic)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._buffer: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = (time.monotonic() - log.started_at) * 1000
            self._buffer.append(log)
            logger.info(
                "llm_usage provider=%s model=%s ctx=%s in=%d out=%d ok=%s",
                log.provider,
                log.model,
                log.feature_context,
                log.input_tokens,
                log.output_tokens,
                log.success,
            )

    def drain(self) -> list[UsageLog]:
        out, self._buffer = self._buffer, []
        return out


llm_tracker = LLMUsageTracker()
