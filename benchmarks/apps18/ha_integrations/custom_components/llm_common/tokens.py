"""Token estimation and cost calculation (no network)."""

from __future__ import annotations

import math

# USD per 1M tokens (input, output). Updated by hand, see scripts/estimate_costs.py
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4.1-nano": (0.10, 0.40),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-sonnet-4-0": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "gemini-2.5-flash-lite": (0.10, 0.40),
    "gemini-2.5-pro": (1.25, 10.00),
    "mistral-small-latest": (0.10, 0.30),
    "mistral-medium-latest": (0.40, 2.00),
    "mistral-embed": (0.10, 0.0),
    "grok-3-mini": (0.30, 0.50),
    "grok-4": (3.00, 15.00),
}

LOCAL_PROVIDERS = {"ollama"}


def estimate_tokens(text: str) -> int:
    """Rough estimate, ~4 chars per token for English."""
    return max(1, math.ceil(len(text) / 4))


def estimate_cost(provider: str, model: str, input_tokens: int, output_tokens: int) -> float:
    if provider in LOCAL_PROVIDERS:
        return 0.0
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def trim_to_budget(lines: list[str], budget_tokens: int) -> list[str]:
    """Keep the newest lines that fit into the budget."""
    kept: list[str] = []
    used = 0
    for line in reversed(lines):
        cost = estimate_tokens(line)
        if used + cost > budget_tokens:
            break
        kept.append(line)
        used += cost
    kept.reverse()
    return kept
