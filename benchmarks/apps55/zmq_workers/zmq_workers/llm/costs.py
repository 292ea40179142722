"""Rough per-model pricing used for the nightly cost report (USD per 1M tokens)."""
from __future__ import annotations

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "grok-2-latest": (2.00, 10.00),
    "voyage-3": (0.06, 0.0),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def completion_cost(usage: dict[str, int], model: str) -> float:
    return calculate_cost(model, usage.get("input_tokens", 0), usage.get("output_tokens", 0))
