"""Usage tracking for LLM calls (writes JSON lines to the shared usage log)."""
from __future__ import annotations

import contextlib
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator

logger = logging.getLogger(__name__)

USAGE_LOG = Path.home() / ".local" / "share" / "docsbot" / "usage.jsonl"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_s: float = 0.0
    error: str | None = None


class LLMUsageTracker:
    def __init__(self, path: Path = USAGE_LOG) -> None:
        self.path = path

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield log
        except Exception as exc:
            log.error = repr(exc)
            raise
        finally:
            log.duration_s = time.time() - log.started_at
            self._write(log)

    def _write(self, log: UsageLog) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a") as fh:
                fh.write(json.dumps(asdict(log)) + "\n")
        except OSError:
            logger.warning("could not write usage log to %s", self.path)

    def totals(self) -> dict[str, int]:
        totals: dict[str, int] = {}
        if not self.path.exists():
            return totals
        for line in self.path.read_text().splitlines():
            row = json.loads(line)
            key = f"{row['provider']}:{row['model']}"
            totals[key] = totals.get(key, 0) + row["input_tokens"] + row["output_tokens"]
        return totals


llm_tracker = LLMUsageTracker()
