"""Token counting and cost estimates (no network)."""
import functools

import tiktoken

# USD per 1M tokens (input, output); updated by hand, see #412
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "mistral-small-latest": (0.20, 0.60),
    "command-r-plus-08-2024": (2.50, 10.00),
    "deepseek-chat": (0.27, 1.10),
    "sonar-pro": (3.00, 15.00),
}


@functools.lru_cache(maxsize=8)
def _encoding(model):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text, model="gpt-4o-mini"):
    return len(_encoding(model).encode(text or ""))


def calculate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


def truncate_to_tokens(text, limit, model="gpt-4o-mini"):
    enc = _encoding(model)
    ids = enc.encode(text or "")
    if len(ids) <= limit:
        return text
    return enc.decode(ids[:limit])
