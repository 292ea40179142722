"""Rough cost estimates for the finops dashboard. Prices in USD per 1M tokens."""
from __future__ import annotations

PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "command-r-08-2024": (0.15, 0.60),
    "embed-multilingual-v3.0": (0.10, 0.0),
    "voyage-3": (0.06, 0.0),
    "gemini-2.0-flash": (0.10, 0.40),
    "anthropic.claude-3-5-haiku-20241022-v1:0": (0.80, 4.00),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def completion(model: str, usage: dict) -> float:
    """Cost of a completion given an OpenAI-shaped usage dict."""
    return calculate_cost(model, usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))
