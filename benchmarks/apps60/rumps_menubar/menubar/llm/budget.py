"""Token counting and cost estimates shown in the "Usage" submenu."""
from __future__ import annotations

import tiktoken

from menubar.llm.clients import get_anthropic_client, get_cohere_client

# USD per 1M tokens (input, output). Updated by hand, see CHANGELOG.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "deepseek-chat": (0.27, 1.10),
    "deepseek-reasoner": (0.55, 2.19),
    "command-r-plus-08-2024": (2.50, 10.00),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_anthropic_tokens(text: str, model: str) -> int:
    result = get_anthropic_client().messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def count_cohere_tokens(text: str, model: str) -> int:
    return len(get_cohere_client().tokenize(text=text, model=model).tokens)


def fits(text: str, model: str, limit: int = 100_000) -> bool:
    return count_openai_tokens(text, model if model.startswith("gpt") else "gpt-4o-mini") < limit
