"""Token counting and cost estimation (no billable calls in here)."""
from __future__ import annotations

import functools

import tiktoken

from doctools.clients import get_anthropic_client

# USD per million tokens (input, output) -- refresh from the vendors' pricing pages.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "mistral-small-latest": (0.20, 0.60),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
}


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_anthropic_tokens(text: str, model: str) -> int:
    client = get_anthropic_client()
    result = client.messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    in_price, out_price = PRICES.get(model, (1.0, 3.0))
    return (input_tokens * in_price + output_tokens * out_price) / 1_000_000


def fits_context(text: str, model: str, limit: int = 100_000) -> bool:
    return count_openai_tokens(text, model) < limit
