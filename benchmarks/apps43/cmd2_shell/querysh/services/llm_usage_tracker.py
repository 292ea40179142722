"""Usage tracking for LLM calls (mirrors the platform team's tracker API)."""
from __future__ import annotations

import contextlib
import json
import logging
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import AsyncIterator

log = logging.getLogger(__name__)

USAGE_LOG = Path("~/.querysh/usage.jsonl").expanduser()

# USD per 1M tokens (input, output); refreshed by scripts/update_prices.py
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-1.5-flash": (0.075, 0.30),
    "command-r-plus": (2.50, 10.00),
    "llama-3.1-sonar-large-128k-online": (1.00, 1.00),
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
    error: str | None = None

    @property
    def cost_usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    in_price, out_price = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * in_price + output_tokens * out_price) / 1_000_000


class LLMUsageTracker:
    def __init__(self, path: Path = USAGE_LOG) -> None:
        self.path = path
        self.session_total = 0.0

    @contextlib.asynccontextmanager
    async def track_llm_call(self, provider: str, model: str, feature_context: str) -> AsyncIterator[UsageLog]:
        usage_log = UsageLog(provider=provider, model=model, feature_context=feature_context)
        start = time.perf_counter()
        try:
            yield usage_log
        except Exception as exc:
            usage_log.error = repr(exc)
            raise
        finally:
            usage_log.duration_ms = (time.perf_counter() - start) * 1000
            self._write(usage_log)

    def _write(self, usage_log: UsageLog) -> None:
        self.session_total += usage_log.cost_usd
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a") as fh:
                fh.write(json.dumps({**asdict(usage_log), "cost_usd": usage_log.cost_usd}) + "\n")
        except OSError:
            log.warning("could not write usage log to %s", self.path)


llm_tracker = LLMUsageTracker()
