"""Rough cost estimates shown in the usage dialog (USD per 1M tokens)."""
from __future__ import annotations

from typing import Dict, Tuple

PRICES: Dict[str, Tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "deepseek-chat": (0.27, 1.10),
    "command-r-plus": (2.50, 10.00),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def estimate_batch_cost(model: str, n_cards: int, avg_in: int = 400, avg_out: int = 250) -> float:
    return calculate_cost(model, avg_in * n_cards, avg_out * n_cards)


def format_cost(value: float) -> str:
    if value < 0.01:
        return "< $0.01"
    return f"${value:,.2f}"
