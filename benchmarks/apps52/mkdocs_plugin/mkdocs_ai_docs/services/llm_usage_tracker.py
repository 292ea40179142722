"""Per-build LLM usage accounting.

Writes one JSON line per LLM call to ``<cache_dir>/usage.jsonl`` and keeps a running
total that ``on_post_build`` prints.
"""

from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator, Optional

from mkdocs_ai_docs.utils.costs import estimate_cost

log = logging.getLogger("mkdocs.plugins.ai_docs.usage")


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    page: Optional[str] = None
    input_tokens: int = 0
    output_tokens: int = 0
    duration_ms: float = 0.0
    cost_usd: float = 0.0
    error: Optional[str] = None
    started_at: float = field(default_factory=time.time)


class LLMUsageTracker:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._path: Optional[Path] = None
        self.records: list[UsageLog] = []

    def configure(self, cache_dir: str | Path) -> None:
        self._path = Path(cache_dir) / "usage.jsonl"
        self._path.parent.mkdir(parents=True, exist_ok=True)

    @contextlib.asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str, page: str | None = None
    ) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context, page=page)
        start = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:  # noqa: BLE001
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.perf_counter() - start) * 1000
            usage_log.cost_usd = estimate_cost(model, usage_log.input_tokens, usage_log.output_tokens)
            self._record(usage_log)

    def _record(self, usage_log: UsageLog) -> None:
        with self._lock:
            self.records.append(usage_log)
            if self._path is not None:
                with self._path.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps(asdict(usage_log)) + "\n")

    def summary(self) -> dict:
        total_in = sum(r.input_tokens for r in self.records)
        total_out = sum(r.output_tokens for r in self.records)
        return {
            "calls": len(self.records),
            "input_tokens": total_in,
            "output_tokens": total_out,
            "cost_usd": round(sum(r.cost_usd for r in self.records), 4),
        }

    def reset(self) -> None:
        with self._lock:
            self.records.clear()


llm_tracker = LLMUsageTracker()
