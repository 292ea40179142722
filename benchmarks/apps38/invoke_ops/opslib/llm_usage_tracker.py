"""Minimal LLM usage tracker.

Writes one JSON line per call to the usage log; the finops dashboard ingests
these nightly.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from typing import AsyncIterator

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, path: str | None = None) -> None:
        self.path = path or os.environ.get("OPS_USAGE_LOG", "/var/log/ops/llm_usage.jsonl")

    def _write(self, entry: UsageLog) -> None:
        try:
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(entry)) + "\n")
        except OSError:
            log.warning("could not write usage log to %s", self.path)

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield entry
        except Exception as exc:  # noqa: BLE001
            entry.error = repr(exc)
            raise
        finally:
            entry.duration_ms = int((time.time() - entry.started_at) * 1000)
            self._write(entry)


llm_tracker = LLMUsageTracker()
