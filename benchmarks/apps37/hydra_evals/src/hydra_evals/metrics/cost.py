"""Rough $ accounting for sweeps (prices per 1M tokens, updated by hand)."""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import tiktoken

from ..models.base import GenerationResult

PRICES = {
    "gpt-4o-2024-08-06": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "accounts/fireworks/models/mixtral-8x22b-instruct": (1.20, 1.20),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def summarize_costs(results: Iterable[GenerationResult]) -> dict[str, float]:
    totals: dict[str, float] = defaultdict(float)
    for r in results:
        totals[r.model] += calculate_cost(r.model, r.input_tokens, r.output_tokens)
    return dict(totals)


def estimate_prompt_tokens(prompts: Iterable[str], encoding: str = "o200k_base") -> int:
    enc = tiktoken.get_encoding(encoding)
    return sum(len(enc.encode(p)) for p in prompts)
