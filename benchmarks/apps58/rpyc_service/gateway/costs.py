"""Price table and cost estimation.  Purely arithmetic, no API calls."""
from __future__ import annotations

# USD per 1M tokens (input, output); updated by hand, check the vendor pages.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "command-r-plus": (2.50, 10.00),
    "embed-english-v3.0": (0.10, 0.0),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "amazon.titan-embed-text-v2:0": (0.02, 0.0),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def completion_cost(result) -> float:
    """Cost of a CompletionResult (name kept from the litellm days)."""
    return estimate_cost(result.model, result.input_tokens, result.output_tokens)


def monthly_projection(daily_costs: list[float]) -> float:
    if not daily_costs:
        return 0.0
    return round(sum(daily_costs) / len(daily_costs) * 30, 2)
