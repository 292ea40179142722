"""Price table and cost estimation. No network calls here."""
from __future__ import annotations

from typing import Dict, Tuple

# USD per 1M tokens (input, output); embeddings/rerank priced per 1M input tokens or per 1k searches.
PRICES: Dict[str, Tuple[float, float]] = {
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "text-embedding-3-large": (0.13, 0.0),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-embed": (0.10, 0.0),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "voyage-3": (0.06, 0.0),
    "embed-english-v3.0": (0.10, 0.0),
}

RERANK_PER_1K_SEARCHES = {"rerank-english-v3.0": 2.00, "rerank-2": 0.05 * 1000 / 1000}


def estimate_cost_usd(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    in_price, out_price = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * in_price + output_tokens * out_price) / 1_000_000


def rerank_cost_usd(model: str, searches: int) -> float:
    return RERANK_PER_1K_SEARCHES.get(model, 0.0) * searches / 1000


def budget_ok(model: str, prompt_tokens: int, max_output: int, ceiling_usd: float = 0.25) -> bool:
    return estimate_cost_usd(model, prompt_tokens, max_output) <= ceiling_usd
