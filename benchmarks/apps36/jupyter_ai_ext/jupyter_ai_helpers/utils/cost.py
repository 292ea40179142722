"""Cost estimates (USD per million tokens). Numbers are list prices, update as needed."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, Tuple

_PRICES: Dict[Tuple[str, str], Tuple[float, float]] = {
    ("openai", "gpt-4o-mini"): (0.15, 0.60),
    ("openai", "gpt-4o"): (2.50, 10.00),
    ("anthropic", "claude-3-5-sonnet-20241022"): (3.00, 15.00),
    ("anthropic", "claude-3-5-haiku-20241022"): (0.80, 4.00),
    ("google", "gemini-2.0-flash"): (0.10, 0.40),
    ("openrouter", "meta-llama/llama-3.1-70b-instruct"): (0.12, 0.30),
}


@dataclass
class CostTable:
    prices: Dict[Tuple[str, str], Tuple[float, float]] = field(default_factory=dict)

    @classmethod
    def default(cls) -> "CostTable":
        return cls(prices=dict(_PRICES))

    def estimate(self, provider: str, model: str, input_tokens: int, output_tokens: int) -> float:
        if provider == "ollama":
            return 0.0
        inp, out = self.prices.get((provider, model), (0.0, 0.0))
        return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)

    def completion_cost(self, completion) -> float:
        return self.estimate(
            completion.provider, completion.model, completion.input_tokens, completion.output_tokens
        )
