"""Rough cost estimates for the dashboards. Prices are per 1M tokens (USD)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict

PRICES: Dict[str, Dict[str, float]] = {
    "gpt-4o-mini": {"input": 0.15, "output": 0.60},
    "gpt-4o": {"input": 2.50, "output": 10.00},
    "claude-3-5-haiku-latest": {"input": 0.80, "output": 4.00},
    "claude-3-5-sonnet-latest": {"input": 3.00, "output": 15.00},
    "mistral-small-latest": {"input": 0.20, "output": 0.60},
    "gemini-2.0-flash": {"input": 0.10, "output": 0.40},
    "voyage-3": {"input": 0.06, "output": 0.0},
    "text-embedding-3-small": {"input": 0.02, "output": 0.0},
}


@dataclass
class CostLine:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price = PRICES.get(model)
    if price is None:
        return 0.0
    return (input_tokens * price["input"] + output_tokens * price["output"]) / 1_000_000


def summarize_costs(lines) -> Dict[str, float]:
    totals: Dict[str, float] = {}
    for line in lines:
        totals[line.model] = totals.get(line.model, 0.0) + line.usd
    totals["__total__"] = sum(v for k, v in totals.items() if k != "__total__")
    return totals
