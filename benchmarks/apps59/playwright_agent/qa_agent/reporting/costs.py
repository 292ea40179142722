"""Pre-flight token counting and cost estimation (no generation calls here)."""
from __future__ import annotations

from dataclasses import dataclass

from qa_agent.llm import get_anthropic_client, get_genai_client

# USD per 1M tokens (input, output); update when pricing pages change
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
}


@dataclass
class CostEstimate:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * inp + output_tokens * out) / 1_000_000, 6)


def count_claude_tokens(prompt: str, model: str = "claude-3-5-sonnet-latest") -> int:
    result = get_anthropic_client().messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": prompt}],
    )
    return result.input_tokens


def count_gemini_tokens(prompt: str, model: str = "gemini-2.0-flash") -> int:
    result = get_genai_client().models.count_tokens(model=model, contents=prompt)
    return result.total_tokens or 0


def estimate_run(steps: int, avg_prompt_tokens: int = 1800, model: str = "gpt-4o") -> CostEstimate:
    # a 1280x800 screenshot at detail=low is a flat 85 tokens
    return CostEstimate(model=model, input_tokens=steps * (avg_prompt_tokens + 85), output_tokens=steps * 120)
