"""Price table and token estimates. No network calls in here."""
from __future__ import annotations

import math

# USD per 1M tokens (input, output). Updated by hand from vendor pages.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-large-latest": (2.00, 6.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "sonar-pro": (3.00, 15.00),
    "anthropic.claude-3-5-sonnet-20240620-v1:0": (3.00, 15.00),
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    in_price, out_price = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * in_price + output_tokens * out_price) / 1_000_000


def rough_token_count(text: str) -> int:
    """~4 chars per token; good enough for the budget bar in the UI."""
    return max(1, math.ceil(len(text) / 4))


class BudgetMeter:
    def __init__(self, monthly_usd: float):
        self.monthly_usd = monthly_usd
        self.spent = 0.0

    def add(self, model: str, input_tokens: int, output_tokens: int) -> float:
        cost = estimate_cost_usd(model, input_tokens, output_tokens)
        self.spent += cost
        return cost

    @property
    def remaining(self) -> float:
        return max(0.0, self.monthly_usd - self.spent)

    def fraction_used(self) -> float:
        return 0.0 if not self.monthly_usd else min(1.0, self.spent / self.monthly_usd)
