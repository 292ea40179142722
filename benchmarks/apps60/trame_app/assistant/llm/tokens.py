"""Token budgeting and cost estimates shown in the footer of the chat panel."""
from __future__ import annotations

from dataclasses import dataclass

import tiktoken

# USD per 1M tokens (input, output). Updated by hand; see docs/pricing.md.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-large-latest": (2.00, 6.00),
    "llama-3.3-70b-versatile": (0.59, 0.79),
}


@dataclass
class CostEstimate:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        price_in, price_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * price_in + self.output_tokens * price_out) / 1_000_000


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def completion_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    return CostEstimate(model, input_tokens, output_tokens).usd


def fits_context(text: str, model: str, limit: int = 120_000) -> bool:
    return count_openai_tokens(text, model) < limit


def truncate_to_budget(text: str, budget: int, model: str = "gpt-4o-mini") -> str:
    enc = tiktoken.get_encoding("o200k_base")
    tokens = enc.encode(text)
    if len(tokens) <= budget:
        return text
    return enc.decode(tokens[:budget]) + "\n…[truncated]"
