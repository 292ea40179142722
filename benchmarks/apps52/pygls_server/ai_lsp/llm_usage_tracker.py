"""Records token usage per LLM call and ships it to the telemetry sink."""
from __future__ import annotations

import json
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: float = 0.0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, sink: Path | None = None) -> None:
        self.sink = sink or Path.home() / ".cache" / "ai-lsp" / "usage.jsonl"
        self.enabled = True
        self._buffer: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.perf_counter() - t0) * 1000
            self._record(usage_log)

    def _record(self, entry: UsageLog) -> None:
        if not self.enabled:
            return
        self._buffer.append(entry)
        if len(self._buffer) >= 20:
            self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        try:
            self.sink.parent.mkdir(parents=True, exist_ok=True)
            with self.sink.open("a", encoding="utf-8") as fh:
                for entry in self._buffer:
                    fh.write(json.dumps(asdict(entry)) + "\n")
        except OSError:
            log.exception("could not write usage log")
        finally:
            self._buffer.clear()


llm_tracker = LLMUsageTracker()
