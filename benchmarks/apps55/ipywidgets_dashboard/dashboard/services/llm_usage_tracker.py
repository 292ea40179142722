"""Usage tracking: every LLM call should end up as a row in llm_usage_logs."""
from __future__ import annotations

import json
import logging
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)


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


class LLMUsageTracker:
    def __init__(self, sink: Path | None = None):
        self.sink = sink or Path.home() / ".analyst_dashboard" / "llm_usage.jsonl"
        self._session_totals: dict[str, int] = {"input": 0, "output": 0}

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield usage
        except Exception as exc:  # noqa: BLE001 - we re-raise
            usage.success = False
            usage.error = repr(exc)
            raise
        finally:
            usage.latency_ms = (time.perf_counter() - start) * 1000
            self._record(usage)

    def _record(self, usage: UsageLog) -> None:
        self._session_totals["input"] += usage.input_tokens
        self._session_totals["output"] += usage.output_tokens
        try:
            self.sink.parent.mkdir(parents=True, exist_ok=True)
            with self.sink.open("a") as fh:
                fh.write(json.dumps(asdict(usage)) + "\n")
        except OSError:
            log.warning("could not write usage log to %s", self.sink)

    @property
    def session_totals(self) -> dict[str, int]:
        return dict(self._session_totals)


llm_tracker = LLMUsageTracker()
