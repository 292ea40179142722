"""Static price table. Update when vendors change prices (last: 2024-11)."""
from __future__ import annotations

# USD per 1M tokens (input, output)
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-small-latest": (0.20, 0.60),
    "llama3.1:8b": (0.0, 0.0),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def completion_cost(model: str, usage) -> float:
    """Accepts an OpenAI-style usage object."""
    return calculate_cost(model, usage.prompt_tokens, usage.completion_tokens)
