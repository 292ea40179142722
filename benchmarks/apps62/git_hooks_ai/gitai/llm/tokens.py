"""Token estimation and cost math. No network calls here."""
from __future__ import annotations

from functools import lru_cache

import tiktoken

# USD per 1M tokens (input, output). Updated by hand, check vendor pages.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
}


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_anthropic_tokens(client, model: str, system: str, user: str) -> int:
    """Uses the free count_tokens endpoint (not billed)."""
    result = client.messages.count_tokens(
        model=model,
        system=system,
        messages=[{"role": "user", "content": user}],
    )
    return result.input_tokens


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def fits(text: str, budget: int, model: str = "gpt-4o-mini") -> bool:
    return count_tokens(text, model) <= budget
