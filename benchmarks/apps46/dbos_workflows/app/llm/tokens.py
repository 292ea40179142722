"""Token counting and cost estimates (no billable model calls here)."""
from __future__ import annotations

from functools import lru_cache

import tiktoken

from app.llm.clients import get_anthropic_client, get_voyage_client

# USD per 1M tokens (input, output). Keep in sync with finance sheet.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "anthropic.claude-3-5-sonnet-20240620-v1:0": (3.00, 15.00),
    "amazon.titan-text-express-v1": (0.20, 0.60),
    "voyage-3": (0.06, 0.0),
    "command-r-plus-08-2024": (2.50, 10.00),
}


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_anthropic_tokens(system: str, messages: list[dict], model: str) -> int:
    client = get_anthropic_client()
    result = client.messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def count_voyage_tokens(texts: list[str], model: str = "voyage-3") -> int:
    return get_voyage_client().count_tokens(texts, model=model)


def estimate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)
