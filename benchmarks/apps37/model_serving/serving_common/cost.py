"""Rough per-request cost estimation for the chargeback dashboard.

Prices are USD per 1M tokens and get refreshed by hand; see scripts/list_models.py.
"""
from __future__ import annotations

from dataclasses import dataclass

PRICES_PER_MTOK: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "text-embedding-3-large": (0.13, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "amazon.titan-embed-text-v2:0": (0.02, 0.0),
    "grok-2-latest": (2.00, 10.00),
}


@dataclass
class CostEstimate:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        inp, out = PRICES_PER_MTOK.get(self.model, (0.0, 0.0))
        return (self.input_tokens * inp + self.output_tokens * out) / 1_000_000


def completion_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    return CostEstimate(model, input_tokens, output_tokens).usd
