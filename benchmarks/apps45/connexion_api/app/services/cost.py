"""Cost estimation for the finops dashboard. No network calls in here."""
from decimal import Decimal

# USD per 1M tokens (input, output)
PRICES = {
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "text-embedding-3-small": (Decimal("0.02"), Decimal("0")),
    "claude-3-5-sonnet-20241022": (Decimal("3.00"), Decimal("15.00")),
    "anthropic.claude-3-haiku-20240307-v1:0": (Decimal("0.25"), Decimal("1.25")),
    "embed-english-v3.0": (Decimal("0.10"), Decimal("0")),
    "voyage-3": (Decimal("0.06"), Decimal("0")),
}


class CostCalculator:
    def __init__(self, prices=None):
        self.prices = dict(PRICES if prices is None else prices)

    def completion_cost(self, model, input_tokens, output_tokens):
        pin, pout = self.prices.get(model, (Decimal("0"), Decimal("0")))
        return (pin * input_tokens + pout * output_tokens) / Decimal(1_000_000)

    def completion(self, usage_row):
        """Cost of one stored usage row (dict from llm_usage_logs)."""
        return self.completion_cost(
            usage_row["model"], usage_row["input_tokens"], usage_row["output_tokens"]
        )


def estimate_tokens(text):
    return max(1, len(text) // 4)


def monthly_projection(daily_costs, days_in_month=30):
    if not daily_costs:
        return Decimal("0")
    avg = sum(daily_costs, Decimal("0")) / len(daily_costs)
    return (avg * days_in_month).quantize(Decimal("0.01"))


def budget_exceeded(spent, budget, threshold=Decimal("0.9")):
    """True once ``spent`` passes ``threshold`` of ``budget``."""
    return budget > 0 and spent >= budget * threshold
