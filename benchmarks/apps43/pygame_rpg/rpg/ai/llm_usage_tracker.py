"""Token usage tracking.

Ported from the studio's backend services so playtest builds report cost per
feature. Writes JSON lines to ``~/.emberfall/usage.jsonl``.
"""
from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

# USD per 1M tokens (input, output); rough numbers, only for the playtest dashboard
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started_at: float = field(default_factory=time.time)
    duration_ms: float = 0.0
    success: bool = True
    error: str | None = None


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self, path: Path | None = None):
        self.path = path or Path.home() / ".emberfall" / "usage.jsonl"
        self._lock = threading.Lock()
        self.session_cost = 0.0

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str = "unknown"):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.perf_counter() - t0) * 1000
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        cost = calculate_cost(usage_log.model, usage_log.input_tokens, usage_log.output_tokens)
        with self._lock:
            self.session_cost += cost
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                with self.path.open("a", encoding="utf-8") as fh:
                    fh.write(json.dumps({**asdict(usage_log), "cost_usd": cost}) + "\n")
            except OSError as exc:
                log.debug("could not write usage log: %s", exc)


llm_tracker = LLMUsageTracker()
