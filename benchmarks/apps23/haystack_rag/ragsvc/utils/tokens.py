"""Token counting and cost estimates. Nothing here calls a model."""
from __future__ import annotations

from functools import lru_cache

import tiktoken

# USD per 1M tokens (input, output). Updated 2025-01; see the finops sheet.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "mistral-large-latest": (2.00, 6.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "embed-english-v3.0": (0.10, 0.0),
    "voyage-3.5": (0.06, 0.0),
    "rerank-v3.5": (0.0, 0.0),  # billed per search unit
}


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def truncate_to_tokens(text: str, max_tokens: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])


def calculate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000
