"""Rough cost estimates shown under each explanation.  No network calls."""
from __future__ import annotations

import tiktoken

PRICES_PER_MTOK = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "mistral-small-latest": (0.20, 0.60),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
}


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("cl100k_base")
    return len(enc.encode(text))


def completion_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES_PER_MTOK.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def format_cost(model: str, input_tokens: int, output_tokens: int) -> str:
    cost = completion_cost(model, input_tokens, output_tokens)
    return f"{input_tokens}+{output_tokens} tok · ${cost:.4f}"
