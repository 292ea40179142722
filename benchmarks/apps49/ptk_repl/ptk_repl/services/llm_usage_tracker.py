"""Usage tracking for every model request the REPL makes.

Usage rows are appended to a JSONL file in the data dir; ``/usage`` reads
them back. Keep this module free of SDK imports.
"""
from __future__ import annotations

import json
import logging
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from platformdirs import user_data_dir

from .pricing import estimate_cost

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
    cost_usd: float = 0.0


class LLMUsageTracker:
    def __init__(self, path: Path | None = None):
        self.path = path or Path(user_data_dir("ptk-repl")) / "usage.jsonl"
        self.session_totals: dict[str, int] = {"input": 0, "output": 0}

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
            usage_log.duration_ms = int((time.perf_counter() - t0) * 1000)
            usage_log.cost_usd = estimate_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            self.session_totals["input"] += usage_log.input_tokens
            self.session_totals["output"] += usage_log.output_tokens
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(usage_log)) + "\n")
        except OSError:
            log.exception("could not persist usage log")

    def read_all(self) -> list[dict]:
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]


llm_tracker = LLMUsageTracker()
