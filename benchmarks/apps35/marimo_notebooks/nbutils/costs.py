"""Back-of-envelope spend estimates shown in notebook headers.

Prices are per 1M tokens, copied from the vendor pages on 2024-11-18. They drift;
the platform's /finops page is the source of truth for real spend.
"""
from __future__ import annotations

from dataclasses import dataclass

PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-small-latest": (0.20, 0.60),
    "voyage-3": (0.06, 0.0),
}


@dataclass
class Estimate:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int = 0) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def rough_tokens(text: str) -> int:
    # ~4 chars per token for English; good enough for a header badge
    return max(1, len(text) // 4)


def estimate_batch(model: str, texts: list[str], expected_output: int = 0) -> Estimate:
    return Estimate(model, sum(rough_tokens(t) for t in texts), expected_output * len(texts))


def completion(model: str, tokens_in: int, tokens_out: int) -> str:
    """Format an estimate line; name predates the rename to `format_estimate`."""
    return f"{model}: ~${calculate_cost(model, tokens_in, tokens_out):.4f}"


format_estimate = completion
