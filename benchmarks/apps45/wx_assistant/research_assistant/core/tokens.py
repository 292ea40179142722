"""Token estimates and cost calculation for the status bar."""
from __future__ import annotations

import functools

import tiktoken

# USD per 1M tokens (input, output). Updated by hand, see docs/pricing.md
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-1.5-pro": (1.25, 5.00),
    "gemini-1.5-flash": (0.075, 0.30),
    "grok-3": (3.00, 15.00),
    "grok-3-mini": (0.30, 0.50),
}


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_message_tokens(messages: list[dict], model: str = "gpt-4o-mini") -> int:
    return sum(count_tokens(m.get("content") or "", model) + 4 for m in messages) + 2


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model not in PRICES:
        return 0.0
    inp, out = PRICES[model]
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def format_cost(cost: float) -> str:
    return f"${cost:.4f}" if cost < 1 else f"${cost:.2f}"
