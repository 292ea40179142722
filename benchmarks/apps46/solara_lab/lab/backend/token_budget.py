"""Token counting and cost estimates shown in the sidebar.  No model calls."""
from __future__ import annotations

from functools import lru_cache

import tiktoken

from lab.backend.clients import get_anthropic_client

# USD per 1M tokens (input, output) -- refreshed by hand, see finance sheet.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "llama-3.1-70b-versatile": (0.59, 0.79),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo": (0.88, 0.88),
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


def count_claude_tokens(text: str, model: str) -> int:
    res = get_anthropic_client().messages.count_tokens(
        model=model, messages=[{"role": "user", "content": text}]
    )
    return res.input_tokens


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (1.0, 1.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def fits(text: str, model: str, budget: int = 100_000) -> bool:
    return count_tokens(text, model) <= budget
