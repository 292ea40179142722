"""Rough per-model pricing (USD per 1M tokens). Updated by hand, see #412."""

from __future__ import annotations

PRICING: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
    "voyage-3": (0.06, 0.0),
    "rerank-v3.5": (0.0, 0.0),
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    in_price, out_price = PRICING.get(model, (0.0, 0.0))
    return round((input_tokens * in_price + output_tokens * out_price) / 1_000_000, 6)


def completion_cost(response) -> float:
    """Cost of an already-finished openai-style response object (no API call)."""
    usage = getattr(response, "usage", None)
    if usage is None:
        return 0.0
    return estimate_cost_usd(response.model, usage.prompt_tokens, usage.completion_tokens)
