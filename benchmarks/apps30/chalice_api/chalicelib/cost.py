"""Price table and cost calculation (USD per 1M tokens).

Prices are copied from the vendors' pricing pages; update when they change.
"""
from decimal import Decimal

PRICING: dict[str, tuple[Decimal, Decimal]] = {
    "anthropic.claude-3-5-sonnet-20240620-v1:0": (Decimal("3.00"), Decimal("15.00")),
    "anthropic.claude-3-haiku-20240307-v1:0": (Decimal("0.25"), Decimal("1.25")),
    "claude-3-5-sonnet-latest": (Decimal("3.00"), Decimal("15.00")),
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "text-embedding-3-small": (Decimal("0.02"), Decimal("0")),
    "command-r-plus-08-2024": (Decimal("2.50"), Decimal("10.00")),
    "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo": (Decimal("0.88"), Decimal("0.88")),
    "sonar-pro": (Decimal("3.00"), Decimal("15.00")),
}
_MILLION = Decimal(1_000_000)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    """Return the cost of one call; unknown models cost 0 and get logged upstream."""
    prices = PRICING.get(model)
    if prices is None:
        # Azure deployments are named by us, strip a "-prod"/"-dev" suffix
        prices = PRICING.get(model.rsplit("-", 1)[0], (Decimal(0), Decimal(0)))
    in_price, out_price = prices
    return (in_price * input_tokens + out_price * output_tokens) / _MILLION


def estimate_tokens(text: str) -> int:
    """Very rough estimate (4 chars/token) used for budgeting before a call."""
    return max(1, len(text) // 4)


def completion_cost(completion) -> Decimal:
    return calculate_cost(completion.model, completion.input_tokens, completion.output_tokens)
