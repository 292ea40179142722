"""Rough cost estimation for dashboards. Prices are USD per million tokens."""
from __future__ import annotations

PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-embed": (0.10, 0.0),
    "grok-3-mini": (0.30, 0.50),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


class CostLedger:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, float]] = []

    def create(self, feature: str, model: str, input_tokens: int, output_tokens: int) -> float:
        cost = estimate_cost(model, input_tokens, output_tokens)
        self.rows.append((feature, model, cost))
        return cost

    def total(self) -> float:
        return sum(c for _, _, c in self.rows)

    def by_feature(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for feature, _, cost in self.rows:
            out[feature] = out.get(feature, 0.0) + cost
        return out


ledger = CostLedger()
