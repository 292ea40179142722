"""Cost estimates shown on the Usage tab."""
from __future__ import annotations

import tiktoken

from backend.llm.tracking import llm_tracker

# USD per 1M tokens (input, output); updated by hand, see CHANGELOG
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "mistral-small-latest": (0.20, 0.60),
    "meta-llama/llama-3.1-70b-instruct": (0.40, 0.40),
}


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def completion_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def usage_table() -> list[dict]:
    rows = []
    for provider, model, tin, tout in llm_tracker.totals():
        rows.append({
            "provider": provider, "model": model, "input_tokens": tin or 0,
            "output_tokens": tout or 0, "cost": round(completion_cost(model, tin or 0, tout or 0), 4),
        })
    return rows
