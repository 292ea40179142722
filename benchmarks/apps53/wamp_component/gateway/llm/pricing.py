"""Static price table (USD per 1M tokens) for the usage dashboard.

Finance updates this by hand; see the #llm-costs channel.
"""
from __future__ import annotations

from decimal import Decimal

PRICES: dict[str, tuple[Decimal, Decimal]] = {
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "text-embedding-3-small": (Decimal("0.02"), Decimal("0")),
    "claude-3-5-haiku-20241022": (Decimal("0.80"), Decimal("4.00")),
    "claude-3-5-sonnet-20241022": (Decimal("3.00"), Decimal("15.00")),
    "mistral-small-latest": (Decimal("0.20"), Decimal("0.60")),
    "mistral-embed": (Decimal("0.10"), Decimal("0")),
    "llama3.1-8b": (Decimal("0.10"), Decimal("0.10")),
    "llama-3.3-70b": (Decimal("0.85"), Decimal("1.20")),
    "command-r-08-2024": (Decimal("0.15"), Decimal("0.60")),
}

RERANK_PER_SEARCH = Decimal("0.002")


def completion_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    inp, out = PRICES.get(model, (Decimal("0"), Decimal("0")))
    return (inp * input_tokens + out * output_tokens) / Decimal(1_000_000)


def rerank_cost(search_units: int) -> Decimal:
    return RERANK_PER_SEARCH * search_units


class CostAccumulator:
    def __init__(self) -> None:
        self.total = Decimal("0")
        self.by_model: dict[str, Decimal] = {}

    def add(self, model: str, input_tokens: int, output_tokens: int) -> Decimal:
        cost = completion_cost(model, input_tokens, output_tokens)
        self.total += cost
        self.by_model[model] = self.by_model.get(model, Decimal("0")) + cost
        return cost

    def snapshot(self) -> dict:
        return {"total": str(self.total), "by_model": {k: str(v) for k, v in self.by_model.items()}}
