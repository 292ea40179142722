"""Usage tracking for LLM calls (tokens, latency, feature attribution)."""
from __future__ import annotations

import json
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
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
    duration_ms: float = 0.0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, sink: Path | None = None) -> None:
        self._sink = sink or Path("logs/llm_usage.jsonl")
        self._recent: list[UsageLog] = []

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.perf_counter() - t0) * 1000
            self._record(usage_log)

    def _record(self, entry: UsageLog) -> None:
        self._recent.append(entry)
        self._recent = self._recent[-500:]
        try:
            self._sink.parent.mkdir(parents=True, exist_ok=True)
            with self._sink.open("a") as fh:
                fh.write(json.dumps(asdict(entry)) + "\n")
        except OSError:
            log.warning("could not persist usage log", exc_info=True)

    def recent(self, limit: int = 50) -> list[UsageLog]:
        return list(reversed(self._recent[-limit:]))

    def totals_by_feature(self) -> dict[str, tuple[int, int]]:
        out: dict[str, tuple[int, int]] = {}
        for e in self._recent:
            i, o = out.get(e.feature_context, (0, 0))
            out[e.feature_context] = (i + e.input_tokens, o + e.output_tokens)
        return out


llm_tracker = LLMUsageTracker()
