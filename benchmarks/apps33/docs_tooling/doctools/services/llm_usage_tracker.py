"""Usage tracking for LLM calls made by the docs tooling.

Writes one JSON line per call to the usage log; the platform FinOps job
ships the file to ``finops.llm_usage_logs``.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or Path(os.environ.get("DOCTOOLS_USAGE_LOG", ".doctools-usage.jsonl"))

    def _write(self, entry: UsageLog) -> None:
        try:
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(entry)) + "\n")
        except OSError:
            log.warning("could not write usage log to %s", self.path)

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        started = time.perf_counter()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)
            raise
        finally:
            entry.duration_ms = (time.perf_counter() - started) * 1000
            self._write(entry)


llm_tracker = LLMUsageTracker()
