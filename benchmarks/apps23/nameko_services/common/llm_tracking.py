"""LLM usage tracking.

Every billable model call should either go through ``multi_model_service`` or be wrapped
in ``llm_tracker.track_llm_call(...)``. Rows land in ``claims.llm_usage_logs``.
"""
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Optional

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    claim_id: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None

    @property
    def total_tokens(self) -> int:
        return (self.input_tokens or 0) + (self.output_tokens or 0)


class UsageSink:
    """Writes usage rows. Postgres in prod, a list in tests."""

    def __init__(self):
        self.rows = []

    def write(self, entry: UsageLog) -> None:
        self.rows.append(entry)
        log.info(
            "llm_usage provider=%s model=%s feature=%s in=%s out=%s ms=%.0f ok=%s",
            entry.provider,
            entry.model,
            entry.feature_context,
            entry.input_tokens,
            entry.output_tokens,
            entry.latency_ms,
            entry.success,
        )


class LLMUsageTracker:
    def __init__(self, sink: Optional[UsageSink] = None):
        self.sink = sink or UsageSink()

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, claim_id: Optional[str] = None):
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context, claim_id=claim_id)
        started = time.monotonic()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)
            raise
        finally:
            entry.latency_ms = (time.monotonic() - started) * 1000
            self.sink.write(entry)


llm_tracker = LLMUsageTracker()
