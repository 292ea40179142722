"""Cost estimation helpers for the FinOps dashboard. No generation calls here."""
from __future__ import annotations

from dataclasses import dataclass

from infra_ai.clients import get_anthropic, get_genai, get_openai

# USD per 1M tokens (input, output). Updated by hand; see #412.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
    "gemini-1.5-flash": (0.075, 0.30),
    "llama-3.1-70b-versatile": (0.59, 0.79),
}


@dataclass
class Estimate:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return round(input_tokens / 1e6 * pin + output_tokens / 1e6 * pout, 6)


def count_anthropic_tokens(text: str, model: str) -> int:
    result = get_anthropic().messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def count_gemini_tokens(text: str, model: str) -> int:
    return get_genai().models.count_tokens(model=model, contents=text).total_tokens


def list_openai_models() -> list[str]:
    return sorted(m.id for m in get_openai().models.list())


def estimate_prompt(text: str, model: str, expected_output: int = 400) -> Estimate:
    if model.startswith("claude"):
        n = count_anthropic_tokens(text, model)
    elif model.startswith("gemini"):
        n = count_gemini_tokens(text, model)
    else:
        n = max(1, len(text) // 4)
    return Estimate(model=model, input_tokens=n, output_tokens=expected_output)
