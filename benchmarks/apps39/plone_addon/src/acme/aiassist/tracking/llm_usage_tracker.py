"""Usage tracking for LLM calls (stored in a site annotation)."""
from contextlib import asynccontextmanager
from dataclasses import dataclass
from dataclasses import field
from datetime import datetime
from datetime import timezone

import logging
import time


logger = logging.getLogger("acme.aiassist.tracking")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    started: datetime = field(default_factory=lambda: datetime.now(timezone.utc))
    input_tokens: int = 0
    output_tokens: int = 0
    duration_ms: int = 0
    success: bool = True
    error: str = ""


class LLMUsageTracker:
    def __init__(self):
        self._buffer = []

    @asynccontextmanager
    async def track_llm_call(self, provider, model, feature_context="unknown"):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.monotonic()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = int((time.monotonic() - start) * 1000)
            self._buffer.append(log)
            logger.info(
                "llm call %s/%s [%s] in=%s out=%s %sms",
                provider,
                model,
                feature_context,
                log.input_tokens,
                log.output_tokens,
                log.duration_ms,
            )

    def drain(self):
        logs, self._buffer = self._buffer, []
        return logs


llm_tracker = LLMUsageTracker()
