"""Token counting and cost estimates (no billable calls here)."""

import functools

import tiktoken

from nautobot_ai.llm.clients import get_anthropic_client

# USD per 1M tokens, (input, output). Updated by hand from the vendor pages.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20240620": (3.00, 15.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "mistral-small-latest": (0.20, 0.60),
    "llama3.1:8b": (0.0, 0.0),
}


@functools.lru_cache(maxsize=8)
def _encoding(model):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text, model="gpt-4o-mini"):
    return len(_encoding(model).encode(text))


def count_anthropic_tokens(system, prompt, model):
    result = get_anthropic_client().messages.count_tokens(
        model=model,
        system=system,
        messages=[{"role": "user", "content": prompt}],
    )
    return result.input_tokens


def estimate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


def fits_context(text, model="gpt-4o-mini", limit=120_000):
    return count_openai_tokens(text, model) <= limit
