"""Local usage log: every tracked LLM call appends one JSON line to .git/gitai-usage.jsonl."""
from __future__ import annotations

import json
import time
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from gitai.llm.tokens import estimate_cost


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
        self._path = path

    @property
    def path(self) -> Path:
        if self._path is None:
            from gitai.git import git_dir

            self._path = git_dir() / "gitai-usage.jsonl"
        return self._path

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
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        try:
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(usage_log)) + "\n")
        except OSError:
            pass

    def summary(self) -> dict[str, float]:
        totals: dict[str, float] = {}
        if not self.path.exists():
            return totals
        for line in self.path.read_text().splitlines():
            rec = json.loads(line)
            totals[rec["feature_context"]] = totals.get(rec["feature_context"], 0.0) + rec["cost_usd"]
        return totals


llm_tracker = LLMUsageTracker()
