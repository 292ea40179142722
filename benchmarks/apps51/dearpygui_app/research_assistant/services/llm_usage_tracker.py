"""Minimal usage tracker: appends one JSON line per model call."""
from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass, asdict
from pathlib import Path

USAGE_LOG = Path.home() / ".research_assistant" / "usage.jsonl"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = 0.0
    elapsed: float = 0.0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, path: Path = USAGE_LOG):
        self.path = path

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        log = UsageLog(provider=provider, model=model, feature_context=feature_context, started=time.time())
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.error = repr(exc)
            raise
        finally:
            log.elapsed = time.time() - log.started
            self._write(log)

    def _write(self, log: UsageLog) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a") as fh:
            fh.write(json.dumps(asdict(log)) + "\n")


llm_tracker = LLMUsageTracker()
