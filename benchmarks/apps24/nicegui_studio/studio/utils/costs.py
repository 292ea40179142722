"""Rough per-model pricing (USD per 1M tokens). Updated by hand -- check the
vendor pages when finance complains."""
from __future__ import annotations

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "deepseek-chat": (0.27, 1.10),
    "grok-3-mini": (0.30, 0.50),
    "text-embedding-3-small": (0.02, 0.0),
}

IMAGE_PRICES = {
    "gpt-image-1": 0.04,
    "black-forest-labs/flux-schnell": 0.003,
    "black-forest-labs/flux-dev": 0.025,
    "grok-2-image": 0.07,
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


def image_cost(model: str, n: int = 1) -> float:
    return IMAGE_PRICES.get(model, 0.0) * n


def format_usd(amount: float) -> str:
    return f"${amount:,.4f}" if amount < 1 else f"${amount:,.2f}"
