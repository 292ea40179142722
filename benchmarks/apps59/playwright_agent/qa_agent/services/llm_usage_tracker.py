"""Usage tracker: records provider, model, tokens and latency per LLM call."""
from __future__ import annotations

import json
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, sink: Path | None = None) -> None:
        self._sink = sink or Path("artifacts/llm_usage.jsonl")
        self._logs: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield log
        except Exception as exc:
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.duration_ms = (time.perf_counter() - t0) * 1000
            self._record(log)

    def _record(self, log: UsageLog) -> None:
        self._logs.append(log)
        try:
            self._sink.parent.mkdir(parents=True, exist_ok=True)
            with self._sink.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(log)) + "\n")
        except OSError:
            logger.warning("could not persist usage log", exc_info=True)

    def totals(self) -> dict[str, int]:
        return {
            "input_tokens": sum(l.input_tokens for l in self._logs),
            "output_tokens": sum(l.output_tokens for l in self._logs),
            "calls": len(self._logs),
        }


llm_tracker = LLMUsageTracker()
