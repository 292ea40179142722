"""Token estimation and cost accounting, used for the status bar and telemetry."""
from __future__ import annotations

from functools import lru_cache

import tiktoken

# USD per 1M tokens (input, output)
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "codestral-latest": (0.30, 0.90),
    "accounts/fireworks/models/qwen2p5-coder-32b-instruct": (0.90, 0.90),
}


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text, disallowed_special=()))


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def truncate_to_budget(text: str, budget: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text, disallowed_special=())
    if len(ids) <= budget:
        return text
    return enc.decode(ids[-budget:])
