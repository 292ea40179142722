"""Token usage tracking.

Records are appended to a JSONL file under the Jupyter runtime dir; the
``/ai-helpers/usage`` handler aggregates them for the settings panel.
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import List, Optional

from jupyter_core.paths import jupyter_runtime_dir

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
    error: Optional[str] = None


class LLMUsageTracker:
    def __init__(self, path: Optional[Path] = None):
        self.path = path or Path(jupyter_runtime_dir()) / "ai_helpers_usage.jsonl"
        self._buffer: List[UsageLog] = []

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "unknown"):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = type(exc).__name__
            raise
        finally:
            usage_log.duration_ms = (time.perf_counter() - start) * 1000
            self._record(usage_log)

    def _record(self, usage_log: UsageLog):
        self._buffer.append(usage_log)
        try:
            os.makedirs(self.path.parent, exist_ok=True)
            with open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(usage_log)) + "\n")
        except OSError:
            log.warning("could not persist usage log", exc_info=True)

    def summary(self):
        totals = {}
        for entry in self._buffer:
            key = (entry.provider, entry.model)
            t = totals.setdefault(key, {"calls": 0, "input_tokens": 0, "output_tokens": 0})
            t["calls"] += 1
            t["input_tokens"] += entry.input_tokens
            t["output_tokens"] += entry.output_tokens
        return [
            {"provider": p, "model": m, **v} for (p, m), v in sorted(totals.items())
        ]


llm_tracker = LLMUsageTracker()


def load_usage(path: Optional[Path] = None, since: Optional[float] = None) -> List[UsageLog]:
    """Read persisted records (all server restarts), optionally filtered by time."""
    path = path or llm_tracker.path
    entries: List[UsageLog] = []
    if not Path(path).exists():
        return entries
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line:
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            if since is not None and data.get("started_at", 0) < since:
                continue
            entries.append(UsageLog(**data))
    return entries


def rotate(path: Optional[Path] = None, max_bytes: int = 5_000_000) -> bool:
    path = Path(path or llm_tracker.path)
    if not path.exists() or path.stat().st_size < max_bytes:
        return False
    path.rename(path.with_suffix(f".{int(time.time())}.jsonl"))
    return True
