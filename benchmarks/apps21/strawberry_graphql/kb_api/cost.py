"""Rough $/1M token prices used for dashboards. Not billing-grade."""
from __future__ import annotations

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "text-embedding-3-large": (0.13, 0.0),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-embed": (0.10, 0.0),
    "gemini-2.0-flash": (0.10, 0.40),
    "text-embedding-004": (0.0, 0.0),
    "sonar": (1.00, 1.00),
    "sonar-pro": (3.00, 15.00),
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def completion_cost(model: str, usage) -> float:
    """Cost for an OpenAI-shaped ``usage`` object."""
    if usage is None:
        return 0.0
    return estimate_cost_usd(model, getattr(usage, "prompt_tokens", 0), getattr(usage, "completion_tokens", 0))
