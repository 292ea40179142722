"""Minimal port of the platform's LLM usage tracker.

Writes one JSON line per call to ``$DATALINGO_USAGE_LOG`` (default
``~/.cache/datalingo/llm_usage.jsonl``); the nightly job ships it to the FinOps table.
"""
from __future__ import annotations

import json
import logging
import os
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator

log = logging.getLogger(__name__)

_DEFAULT_LOG = Path.home() / ".cache" / "datalingo" / "llm_usage.jsonl"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    call_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: str | None = None
    metadata: dict = field(default_factory=dict)


class LLMUsageTracker:
    def __init__(self, path: Path | None = None):
        self.path = Path(os.environ.get("DATALINGO_USAGE_LOG", path or _DEFAULT_LOG))

    def _write(self, entry: UsageLog) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(entry)) + "\n")
        except OSError as exc:  # tracking must never break the command
            log.warning("could not write usage log: %s", exc)

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str, **metadata: object
    ) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context, metadata=dict(metadata))
        start = time.perf_counter()
        try:
            yield entry
        except Exception as exc:
            entry.success = False
            entry.error = repr(exc)
            raise
        finally:
            entry.latency_ms = (time.perf_counter() - start) * 1000
            self._write(entry)


llm_tracker = LLMUsageTracker()
