"""Token counting and cost estimates (no API calls here)."""
from __future__ import annotations

import functools

try:
    import tiktoken
except ImportError:  # pragma: no cover
    tiktoken = None

# USD per 1M tokens (input, output). Updated by hand, see #212.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-1.5-flash": (0.075, 0.30),
    "gemini-1.5-pro": (1.25, 5.00),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "grok-2-latest": (2.00, 10.00),
    "llama-3.1-sonar-small-128k-online": (0.20, 0.20),
}


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    if tiktoken is None:
        return None
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    enc = _encoding(model)
    if enc is None:
        return max(1, len(text) // 4)
    return len(enc.encode(text))


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model.startswith(("llama", "qwen", "phi")) and ":" in model:
        return 0.0  # ollama
    p_in, p_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * p_in + output_tokens * p_out) / 1_000_000


def format_cost(usd: float) -> str:
    if usd < 0.01:
        return f"{usd * 100:.3f}¢"
    return f"${usd:.4f}"
