"""Token/cost accounting for model calls.

Usage is appended to ``~/.quill/usage.jsonl`` and summarised by ``/usage`` and
``quill usage``. Costs come from litellm's price table.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator, Dict, List, Optional

from quill.llm import litellm

log = logging.getLogger(__name__)

USAGE_FILE = Path.home() / ".quill" / "usage.jsonl"


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    started_at: float = field(default_factory=time.time)
    duration_ms: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cost_usd: float = 0.0
    success: bool = True
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, path: Path = USAGE_FILE):
        self.path = path
        self._lock = threading.Lock()
        self.session_logs: List[UsageLog] = []

    def _cost(self, entry: UsageLog) -> float:
        try:
            prompt_cost, completion_cost = litellm.cost_per_token(
                model=entry.model,
                prompt_tokens=entry.input_tokens,
                completion_tokens=entry.output_tokens,
            )
            return float(prompt_cost + completion_cost)
        except Exception:
            return 0.0

    def _write(self, entry: UsageLog) -> None:
        with self._lock:
            self.session_logs.append(entry)
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps(asdict(entry)) + "\n")
            except OSError as err:
                log.debug("could not write usage log: %s", err)

    @asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        entry = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.monotonic()
        try:
            yield entry
        except Exception as err:
            entry.success = False
            entry.error = f"{type(err).__name__}: {err}"
            raise
        finally:
            entry.duration_ms = int((time.monotonic() - start) * 1000)
            entry.cost_usd = self._cost(entry)
            self._write(entry)

    def session_totals(self) -> Dict[str, float]:
        with self._lock:
            return {
                "calls": len(self.session_logs),
                "input_tokens": sum(e.input_tokens for e in self.session_logs),
                "output_tokens": sum(e.output_tokens for e in self.session_logs),
                "cost_usd": round(sum(e.cost_usd for e in self.session_logs), 4),
            }


llm_tracker = LLMUsageTracker()
