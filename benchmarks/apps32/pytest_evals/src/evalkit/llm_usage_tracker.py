"""Usage tracker: every paid call should be recorded here (finops dashboard)."""
from __future__ import annotations

import contextlib
import dataclasses
import json
import logging
import os
import time
from pathlib import Path
from typing import AsyncIterator, Optional

logger = logging.getLogger(__name__)

USAGE_LOG_PATH = Path(os.environ.get("EVAL_USAGE_LOG", ".eval_usage.jsonl"))


@dataclasses.dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = dataclasses.field(default_factory=time.time)
    duration_s: float = 0.0
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, path: Path = USAGE_LOG_PATH) -> None:
        self.path = path
        self._buffer: list[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str = "evals"
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # noqa: BLE001
            log.error = repr(exc)
            raise
        finally:
            log.duration_s = time.perf_counter() - t0
            self._buffer.append(log)
            self.flush()

    def flush(self) -> None:
        if not self._buffer:
            return
        with self.path.open("a", encoding="utf-8") as fh:
            for entry in self._buffer:
                fh.write(json.dumps(dataclasses.asdict(entry)) + "\n")
        self._buffer.clear()

    def totals(self) -> dict[str, int]:
        totals = {"input_tokens": 0, "output_tokens": 0}
        if not self.path.exists():
            return totals
        for line in self.path.read_text().splitlines():
            rec = json.loads(line)
            totals["input_tokens"] += rec.get("input_tokens", 0)
            totals["output_tokens"] += rec.get("output_tokens", 0)
        return totals


llm_tracker = LLMUsageTracker()
