"""Rough cost accounting for reporting. Prices in USD per 1M tokens."""
from __future__ import annotations

from typing import Dict, Tuple

import tiktoken

PRICES: Dict[str, Tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "command-r-plus-08-2024": (2.50, 10.00),
    "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo": (0.88, 0.88),
    "accounts/fireworks/models/llama-v3p1-8b-instruct": (0.20, 0.20),
}
EMBED_PRICES = {"text-embedding-3-small": 0.02, "embed-english-v3.0": 0.10, "text-embedding-004": 0.0}


def completion_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    in_price, out_price = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * in_price + output_tokens * out_price) / 1_000_000


def estimate_tokens(texts, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return sum(len(enc.encode(t)) for t in texts)


def estimate_embedding_cost(texts, model: str) -> float:
    return estimate_tokens(texts) * EMBED_PRICES.get(model, 0.0) / 1_000_000
