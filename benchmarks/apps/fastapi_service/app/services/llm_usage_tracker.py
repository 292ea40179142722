"""Records every LLM request (tokens, cost, latency) per feature and tenant."""
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    feature: str
    model: str
    tenant_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.monotonic)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._logs: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, feature: str, model: str, tenant_id: str | None = None):
        log = UsageLog(feature=feature, model=model, tenant_id=tenant_id)
        try:
            yield log
        finally:
            elapsed = time.monotonic() - log.started
            logger.info(
                "llm call feature=%s model=%s in=%d out=%d %.2fs",
                feature, model, log.input_tokens, log.output_tokens, elapsed,
            )
            self._logs.append(log)


llm_tracker = LLMUsageTracker()
