"""Usage tracker shared with the backend team (vendored copy, keep in sync)."""
from __future__ import annotations

import contextlib
import logging
import time
from dataclasses import dataclass, field
from typing import AsyncIterator, Optional

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: Optional[float] = None
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self) -> None:
        self._logs: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str = "robot"
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:  # pragma: no cover - just recorded
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.time() - usage_log.started_at) * 1000
            self._logs.append(usage_log)
            log.info(
                "llm usage provider=%s model=%s in=%s out=%s",
                provider, model, usage_log.input_tokens, usage_log.output_tokens,
            )

    def totals(self) -> dict[str, int]:
        return {
            "input_tokens": sum(l.input_tokens for l in self._logs),
            "output_tokens": sum(l.output_tokens for l in self._logs),
            "calls": len(self._logs),
        }


llm_tracker = LLMUsageTracker()
