"""Token counting and cost estimates (no network)."""
from __future__ import annotations

from functools import lru_cache

import litellm
import tiktoken

# USD per 1M tokens (input, output); refreshed by hand from vendor pages
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "mistral-small-latest": (0.20, 0.60),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "grok-2-latest": (2.00, 10.00),
    "command-r-plus-08-2024": (2.50, 10.00),
}


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_message_tokens(messages: list[dict[str, str]], model: str = "gpt-4o-mini") -> int:
    return litellm.token_counter(model=model, messages=messages)


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model in PRICES:
        pin, pout = PRICES[model]
        return (input_tokens * pin + output_tokens * pout) / 1_000_000
    prompt_cost, completion_cost = litellm.cost_per_token(
        model=model, prompt_tokens=input_tokens, completion_tokens=output_tokens
    )
    return prompt_cost + completion_cost


def trim_history(messages: list[dict[str, str]], budget: int, model: str = "gpt-4o-mini"):
    kept: list[dict[str, str]] = []
    used = 0
    for m in reversed(messages):
        n = count_tokens(m["content"], model) + 4
        if used + n > budget:
            break
        kept.append(m)
        used += n
    return list(reversed(kept))


def format_usd(amount: float) -> str:
    """Admin UI shows sub-cent costs with four decimals."""
    if amount < 0.01:
        return f"${amount:.4f}"
    return f"${amount:.2f}"
