"""Records token usage of every tracked model call into a local JSONL log.

The log lives next to kritarc and is summarised in the settings dialog
("Usage this month").
"""
from __future__ import annotations

import contextlib
import json
import logging
import os
import threading
import time
from dataclasses import asdict, dataclass, field

from PyQt5.QtCore import QStandardPaths

log = logging.getLogger(__name__)

# $/1M tokens, (input, output). Rough numbers, only for the "estimated spend" label.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    started_at: float = field(default_factory=time.time)
    duration_s: float = 0.0
    input_tokens: int = 0
    output_tokens: int = 0
    success: bool = True
    error: str = ""


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


class LLMUsageTracker:
    def __init__(self, path: str | None = None) -> None:
        if path is None:
            base = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
            path = os.path.join(base or os.path.expanduser("~"), "art_muse_usage.jsonl")
        self.path = path
        self._lock = threading.Lock()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        t0 = time.monotonic()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_s = time.monotonic() - t0
            self._append(usage_log)

    def _append(self, entry: UsageLog) -> None:
        try:
            with self._lock, open(self.path, "a", encoding="utf-8") as fh:
                fh.write(json.dumps(asdict(entry)) + "\n")
        except OSError as exc:
            log.warning("could not write usage log: %s", exc)

    def month_summary(self) -> dict:
        month = time.strftime("%Y-%m")
        totals = {"calls": 0, "input_tokens": 0, "output_tokens": 0, "cost": 0.0}
        if not os.path.exists(self.path):
            return totals
        with open(self.path, encoding="utf-8") as fh:
            for line in fh:
                try:
                    row = json.loads(line)
                except ValueError:
                    continue
                if time.strftime("%Y-%m", time.localtime(row["started_at"])) != month:
                    continue
                totals["calls"] += 1
                totals["input_tokens"] += row["input_tokens"]
                totals["output_tokens"] += row["output_tokens"]
                totals["cost"] += calculate_cost(row["model"], row["input_tokens"], row["output_tokens"])
        return totals


llm_tracker = LLMUsageTracker()
