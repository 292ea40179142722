"""Token counting, chunking and cost estimates (no network calls)."""
from __future__ import annotations

from functools import lru_cache

import tiktoken

# USD per 1M tokens (input, output). Update from the finance sheet.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o-2024-08-06": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "text-embedding-3-large": (0.13, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash-001": (0.15, 0.60),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-embed": (0.10, 0.0),
    "voyage-3": (0.06, 0.0),
}


@lru_cache(maxsize=16)
def _encoding(model: str) -> tiktoken.Encoding:
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o") -> int:
    return len(_encoding(model).encode(text, disallowed_special=()))


def truncate_to_tokens(text: str, max_tokens: int, model: str = "gpt-4o") -> str:
    enc = _encoding(model)
    ids = enc.encode(text, disallowed_special=())
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])


def chunk_by_tokens(text: str, max_tokens: int, overlap: int = 200, model: str = "gpt-4o") -> list[str]:
    enc = _encoding(model)
    ids = enc.encode(text, disallowed_special=())
    if not ids:
        return []
    step = max(1, max_tokens - overlap)
    return [enc.decode(ids[i : i + max_tokens]) for i in range(0, len(ids), step)]


def estimate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)
