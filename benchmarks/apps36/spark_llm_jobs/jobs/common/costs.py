"""Rough cost estimation used by the dry-run mode and scripts/estimate_cost.py.

Prices in USD per 1M tokens; update when the finance sheet changes.
"""
from __future__ import annotations

from dataclasses import dataclass

import tiktoken

PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "gemini-1.5-flash-002": (0.075, 0.30),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
}


@dataclass
class CostEstimate:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        inp, out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * inp + self.output_tokens * out) / 1_000_000


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    return CostEstimate(model, input_tokens, output_tokens).usd
