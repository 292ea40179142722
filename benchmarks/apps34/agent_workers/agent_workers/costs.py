"""Price table and token estimates.  No network access in here."""
from __future__ import annotations

import functools

import tiktoken

# USD per 1M tokens (input, output). Keep in sync with finance's sheet.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "grok-3-mini": (0.30, 0.50),
    "Qwen/Qwen2.5-Coder-32B-Instruct": (0.80, 0.80),
    "text-embedding-3-small": (0.02, 0.0),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model.split("/", 1)[-1] if model.startswith("openai/") else model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4.1-mini") -> int:
    return len(_encoding(model).encode(text))


def truncate_to_tokens(text: str, limit: int, model: str = "gpt-4.1-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= limit:
        return text
    return enc.decode(ids[:limit])
