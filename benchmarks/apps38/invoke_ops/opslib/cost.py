"""Rough cost estimates so tasks can print what a run will cost."""
from __future__ import annotations

# USD per 1M tokens (input, output); updated by hand, see finops wiki
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-ops": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "grok-2-latest": (2.00, 10.00),
}


def estimate(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round(input_tokens / 1e6 * inp + output_tokens / 1e6 * out, 6)


def completion_cost(model: str, usage) -> float:
    """Works with openai-shaped and anthropic-shaped usage objects."""
    input_tokens = getattr(usage, "prompt_tokens", None) or getattr(usage, "input_tokens", 0)
    output_tokens = getattr(usage, "completion_tokens", None) or getattr(usage, "output_tokens", 0)
    return estimate(model, input_tokens, output_tokens)
