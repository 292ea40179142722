"""Records every tracked LLM call (tokens, latency, feature) for the cost dashboard."""
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
    room_id: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, sink: Path | None = None):
        self.sink = sink or Path("usage.jsonl")
        self.recent: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str, room_id: str | None = None):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, room_id=room_id)
        t0 = time.monotonic()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.monotonic() - t0) * 1000)
            self._record(usage_log)

    def _record(self, usage_log: UsageLog) -> None:
        self.recent.append(usage_log)
        self.recent = self.recent[-500:]
        try:
            with self.sink.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(usage_log)) + "\n")
        except OSError:
            log.exception("could not write usage log")

    def totals_by_model(self) -> dict[str, tuple[int, int]]:
        totals: dict[str, tuple[int, int]] = {}
        for entry in self.recent:
            i, o = totals.get(entry.model, (0, 0))
            totals[entry.model] = (i + entry.input_tokens, o + entry.output_tokens)
        return totals


llm_tracker = LLMUsageTracker()
