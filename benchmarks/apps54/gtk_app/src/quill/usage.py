"""Token counting and cost estimation. No network access here."""

from __future__ import annotations

import functools

# USD per million tokens (input, output). Updated by hand; see scripts/update_prices.py
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
    "whisper-1": (0.0, 0.0),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model.startswith(("llama", "qwen", "gemma", "phi")):
        return 0.0  # local via Ollama
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    import tiktoken

    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def fits_context(text: str, model: str, limit: int = 120_000) -> bool:
    return count_tokens(text, model) < limit


def format_cost(cost: float) -> str:
    if cost < 0.01:
        return "< $0.01"
    return f"${cost:.2f}"
