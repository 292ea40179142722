"""Token estimates and cost math. No network calls in here."""
from __future__ import annotations

import math

# USD per million tokens (input, output). Updated by hand; see docs/pricing.md.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "gemini-2.5-pro": (1.25, 10.00),
    "grok-3": (3.00, 15.00),
    "sonar-pro": (3.00, 15.00),
    "llama-3.3-70b": (0.85, 1.20),
}


def rough_token_count(text: str) -> int:
    """~4 chars per token; good enough for budgeting before we call anything."""
    if not text:
        return 0
    return max(1, math.ceil(len(text) / 4))


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round(input_tokens / 1e6 * price_in + output_tokens / 1e6 * price_out, 6)


def budget_for(model: str, prompt: str, expected_output: int = 800) -> float:
    return estimate_cost(model, rough_token_count(prompt), expected_output)


def fits_context(text: str, limit: int = 120_000) -> bool:
    return rough_token_count(text) < limit
