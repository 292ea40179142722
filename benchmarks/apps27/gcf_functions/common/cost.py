"""Price table used for the usage dashboard. USD per 1M tokens.

Prices are copied by hand from the vendors' pricing pages -- keep the date
in the comment current when you update them.
"""
from __future__ import annotations

# updated 2025-02-10 (vertex list prices, europe-west4 where applicable)
PRICES: dict[str, tuple[float, float]] = {
    "gemini-2.0-flash-001": (0.15, 0.60),
    "gemini-1.5-pro-002": (1.25, 5.00),
    "claude-3-5-sonnet-v2@20241022": (3.00, 15.00),
    "claude-3-5-haiku@20241022": (0.80, 4.00),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
}

_FALLBACK = (1.00, 3.00)


def completion_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    """Cost of one request in USD. Unknown models get a pessimistic default."""
    base = model.split("/")[-1]
    in_price, out_price = PRICES.get(base, _FALLBACK)
    return round((input_tokens * in_price + output_tokens * out_price) / 1_000_000, 6)


def monthly_projection(daily_rows: list[dict]) -> float:
    total = sum(
        completion_cost(r["model"], r.get("input_tokens", 0), r.get("output_tokens", 0))
        for r in daily_rows
    )
    return round(total * 30, 2)
