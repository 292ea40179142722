"""Price table and token counting. Pure functions: no network."""

from __future__ import annotations

from functools import lru_cache

import tiktoken

# USD per 1M tokens (input, output). Updated 2024-11 by @rkaur.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "text-embedding-3-small": (0.02, 0.0),
    "text-embedding-3-large": (0.13, 0.0),
    "voyage-3": (0.06, 0.0),
    "voyage-3-lite": (0.02, 0.0),
    "embed-english-v3.0": (0.10, 0.0),
    "command-r-plus-08-2024": (2.50, 10.00),
    "anthropic.claude-3-5-sonnet-20240620-v1:0": (3.00, 15.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "ibm/granite-3-8b-instruct": (0.20, 0.20),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


@lru_cache(maxsize=8)
def _encoding(model: str) -> tiktoken.Encoding:
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
