"""Price table and cost estimation (USD per 1M tokens).

Prices are copied by hand from the vendors' pricing pages; update when they
change. Nothing here talks to the network.
"""
from __future__ import annotations

from typing import Dict, Tuple

PRICES: Dict[str, Tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "mistral-small-latest": (0.10, 0.30),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-embed": (0.10, 0.0),
    "sonar": (1.00, 1.00),
    "sonar-pro": (3.00, 15.00),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    prices = PRICES.get(model)
    if prices is None:
        # try a prefix match for dated model ids
        for name, value in PRICES.items():
            if model.startswith(name):
                prices = value
                break
    if prices is None:
        return 0.0
    inp, out = prices
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def format_cost(amount: float) -> str:
    if amount < 0.01:
        return f"{amount * 100:.3f}¢"
    return f"${amount:.2f}"


def calculate_completion_cost(completion) -> float:
    """Cost of a providers.Completion (no API call)."""
    return estimate_cost(completion.model, completion.input_tokens, completion.output_tokens)
