"""Records every tracked LLM call to a local JSONL log (shown in Settings > Usage)."""
from __future__ import annotations

import contextlib
import json
import logging
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from app.config import CONFIG_DIR

log = logging.getLogger(__name__)

PRICES_PER_MTOK = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "mistral-small-latest": (0.20, 0.60),
    "gemini-1.5-flash": (0.075, 0.30),
}


@dataclass
class UsageLog:
    provider: str
    model: str
    feature_context: str
    input_tokens: int = 0
    output_tokens: int = 0
    started: float = field(default_factory=time.time)
    duration_ms: int = 0
    success: bool = True
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


class LLMUsageTracker:
    def __init__(self, path: Path = CONFIG_DIR / "usage.jsonl"):
        self.path = path
        self._lock = threading.Lock()

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str):
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        try:
            yield usage_log
        except Exception as exc:
            usage_log.success = False
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = int((time.time() - usage_log.started) * 1000)
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        row = asdict(usage_log) | {"cost_usd": usage_log.cost_usd}
        with self._lock:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(json.dumps(row) + "\n")

    def totals(self) -> dict[str, float]:
        totals: dict[str, float] = {}
        if not self.path.exists():
            return totals
        for line in self.path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            totals[row["provider"]] = totals.get(row["provider"], 0.0) + row.get("cost_usd", 0.0)
        return totals


llm_tracker = LLMUsageTracker()
