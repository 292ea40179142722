"""Rough per-model pricing (USD per 1M tokens)."""

from __future__ import annotations

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model not in PRICES:
        return 0.0  # local models and unknowns
    pin, pout = PRICES[model]
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def completion_cost(usage: dict, model: str) -> float:
    """Same as estimate_cost but from an OpenAI-style usage dict."""
    return estimate_cost(model, usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))
