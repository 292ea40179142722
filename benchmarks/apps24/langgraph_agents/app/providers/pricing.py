"""Static price table used for the cost dashboard (USD per 1M tokens)."""
from __future__ import annotations

from dataclasses import dataclass

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "anthropic.claude-3-5-haiku-20241022-v1:0": (0.80, 4.00),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "embed-english-v3.0": (0.10, 0.0),
    "llama3.1-8b": (0.10, 0.10),
    "sonar-pro": (3.00, 15.00),
}


@dataclass
class Cost:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        inp, out = PRICES.get(self.model, (0.0, 0.0))
        return round((self.input_tokens * inp + self.output_tokens * out) / 1_000_000, 6)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    return Cost(model, input_tokens, output_tokens).usd


def completion_cost(usage: dict, model: str) -> float:
    """Accepts either OpenAI-style or Bedrock-style usage dicts."""
    inp = usage.get("prompt_tokens", usage.get("inputTokens", 0))
    out = usage.get("completion_tokens", usage.get("outputTokens", 0))
    return calculate_cost(model, inp, out)
