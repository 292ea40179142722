"""Static price table (USD per 1M tokens). Update when vendors change pricing."""
from __future__ import annotations

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "text-embedding-3-large": (0.13, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "voyage-3": (0.06, 0.0),
    "rerank-2": (0.05, 0.0),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-embed": (0.10, 0.0),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def completion_cost(usage: dict, model: str) -> float:
    """Cost for an OpenAI style usage dict."""
    return estimate_cost(model, usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))
