"""Rough $ cost per 1M tokens. Used by the usage tracker and the /usage endpoint."""
from __future__ import annotations

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "command-r-plus": (2.50, 10.00),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-embed": (0.10, 0.0),
    "llama3.1-8b": (0.10, 0.10),
    "llama3.1-70b": (0.60, 0.60),
}

RERANK_PRICE_PER_SEARCH = 0.002


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def completion_cost(model: str, usage) -> float:
    """Accepts an openai-style ``usage`` object."""
    return estimate_cost(model, getattr(usage, "prompt_tokens", 0), getattr(usage, "completion_tokens", 0))
