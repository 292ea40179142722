"""Token counting and cost estimates shown in the status bar."""
from __future__ import annotations

from dataclasses import dataclass

import tiktoken

from dashboard.llm.clients import get_anthropic_client, get_genai_client

# USD per 1M tokens (input, output); updated 2024-11
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-large-latest": (2.00, 6.00),
    "sonar-pro": (3.00, 15.00),
}


@dataclass
class CostEstimate:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        pin, pout = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * pin + self.output_tokens * pout) / 1_000_000


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_anthropic_tokens(system: str, messages: list[dict], model: str) -> int:
    result = get_anthropic_client().messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def count_gemini_tokens(text: str, model: str = "gemini-2.0-flash") -> int:
    result = get_genai_client().models.count_tokens(model=model, contents=text)
    return result.total_tokens or 0


def estimate(model: str, prompt: str, expected_output: int = 400) -> CostEstimate:
    return CostEstimate(model=model, input_tokens=count_openai_tokens(prompt), output_tokens=expected_output)
