"""Usage tracking for LLM calls (tokens, latency, feature attribution).

Usage rows are appended to a JSONL file that the finops job ingests nightly.
"""
from __future__ import annotations

import json
import logging
import os
import time
import uuid
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from collections import defaultdict
from typing import AsyncIterator, Dict, Optional

from ..cost import estimate_cost

logger = logging.getLogger(__name__)


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    request_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    input_tokens: int = 0
    output_tokens: int = 0
    latency_ms: float = 0.0
    success: bool = True
    error: Optional[str] = None
    cost_usd: float = 0.0


class LLMUsageTracker:
    def __init__(self, sink: Optional[Path] = None) -> None:
        self.sink = sink or Path(os.environ.get("LLM_USAGE_LOG", "metrics/llm_usage.jsonl"))

    @asynccontextmanager
    async def track_llm_call(
        self, provider: str, model: str, feature_context: str
    ) -> AsyncIterator[UsageLog]:
        log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield log
        except Exception as exc:  # re-raised after logging
            log.success = False
            log.error = repr(exc)
            raise
        finally:
            log.latency_ms = (time.perf_counter() - start) * 1000
            log.cost_usd = estimate_cost(model, log.input_tokens, log.output_tokens)
            self._write(log)

    def _write(self, log: UsageLog) -> None:
        try:
            self.sink.parent.mkdir(parents=True, exist_ok=True)
            with self.sink.open("a", encoding="utf8") as fh:
                fh.write(json.dumps(asdict(log)) + "\n")
        except OSError:
            logger.exception("could not persist usage log %s", log.request_id)


llm_tracker = LLMUsageTracker()


def summarize_usage(path: Path) -> Dict[str, Dict[str, float]]:
    """Aggregate the JSONL usage log by feature_context."""
    totals: Dict[str, Dict[str, float]] = defaultdict(
        lambda: {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost_usd": 0.0}
    )
    if not path.exists():
        return {}
    with path.open(encoding="utf8") as fh:
        for line in fh:
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            t = totals[row.get("feature_context", "unknown")]
            t["calls"] += 1
            t["input_tokens"] += row.get("input_tokens", 0)
            t["output_tokens"] += row.get("output_tokens", 0)
            t["cost_usd"] += row.get("cost_usd", 0.0)
    return dict(totals)
