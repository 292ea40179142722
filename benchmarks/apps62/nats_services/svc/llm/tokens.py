"""Token counting and cost estimates (no network)."""
from __future__ import annotations

from functools import lru_cache

import tiktoken

# USD per 1M tokens (input, output). Updated by hand, see #412.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.5, 10.0),
    "gpt-4o-mini": (0.15, 0.6),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-latest": (3.0, 15.0),
    "claude-3-5-haiku-latest": (0.8, 4.0),
    "deepseek-chat": (0.27, 1.1),
    "deepseek-reasoner": (0.55, 2.19),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "embed-v4.0": (0.12, 0.0),
}


@lru_cache(maxsize=16)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_message_tokens(messages: list[dict], model: str = "gpt-4o-mini") -> int:
    return sum(4 + count_tokens(str(m.get("content", "")), model) for m in messages) + 2


def estimate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def chunk_text(text: str, max_tokens: int = 3000, model: str = "gpt-4o-mini") -> list[str]:
    enc = _encoding(model)
    ids = enc.encode(text)
    return [enc.decode(ids[i : i + max_tokens]) for i in range(0, len(ids), max_tokens)]
