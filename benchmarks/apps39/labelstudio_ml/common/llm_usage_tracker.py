"""Minimal usage tracker shared with the platform team's FinOps dashboard.

Records one row per model call. Backends that cannot go through
``multi_model_service`` wrap their call in ``llm_tracker.track_llm_call``.
"""
import json
import logging
import os
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from typing import Optional

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: Optional[float] = None
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, sink_path: Optional[str] = None):
        self.sink_path = sink_path or os.getenv("LLM_USAGE_LOG", "/tmp/llm_usage.jsonl")

    def _write(self, log: UsageLog) -> None:
        try:
            with open(self.sink_path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(log)) + "\n")
        except OSError:
            logger.warning("could not write usage log to %s", self.sink_path)

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "ml_backend"):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.success = False
            log.error = str(exc)[:500]
            raise
        finally:
            log.duration_ms = (time.time() - log.started_at) * 1000
            self._write(log)


llm_tracker = LLMUsageTracker()
