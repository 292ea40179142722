"""Rough cost estimates shown in the status bar. Prices in USD per 1M tokens."""
from __future__ import annotations

from dataclasses import dataclass

PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "llama3.1-8b": (0.10, 0.10),
    "llama-3.3-70b": (0.85, 1.20),
}


@dataclass
class CostEstimate:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        p_in, p_out = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * p_in + self.output_tokens * p_out) / 1_000_000


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    return CostEstimate(model, input_tokens, output_tokens).usd


def image_tokens_openai(width: int, height: int, detail: str = "auto") -> int:
    """Approximate OpenAI vision token cost for a tile grid."""
    if detail == "low":
        return 85
    scale = min(1.0, 2048 / max(width, height))
    w, h = width * scale, height * scale
    scale = min(1.0, 768 / min(w, h))
    w, h = w * scale, h * scale
    tiles = -(-int(w) // 512) * -(-int(h) // 512)
    return 85 + 170 * tiles


def count_prompt_tokens_anthropic(client, model: str, messages: list[dict]) -> int:
    """Uses the free token-counting endpoint; no generation happens."""
    result = client.messages.count_tokens(model=model, messages=messages)
    return result.input_tokens


def count_prompt_tokens_gemini(client, model: str, contents) -> int:
    return client.models.count_tokens(model=model, contents=contents).total_tokens
