"""Token counting and cost estimation. None of this calls a model."""
from __future__ import annotations

import functools

import tiktoken

# USD per 1M tokens, (input, output). Updated 2024-11.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "embed-english-v3.0": (0.10, 0.0),
    "accounts/fireworks/models/llama-v3p1-8b-instruct": (0.20, 0.20),
}


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def estimate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def count_anthropic_tokens(client, model: str, text: str) -> int:
    """Server-side count (free endpoint) - used by the budget guard."""
    result = client.messages.count_tokens(
        model=model, messages=[{"role": "user", "content": text}]
    )
    return result.input_tokens


class BudgetGuard:
    def __init__(self, hourly_usd: float) -> None:
        self.hourly_usd = hourly_usd
        self.spent = 0.0

    def charge(self, model: str, input_tokens: int, output_tokens: int) -> None:
        self.spent += estimate_cost(model, input_tokens, output_tokens)

    def allow(self) -> bool:
        return self.spent < self.hourly_usd

    def reset(self) -> None:
        self.spent = 0.0
