"""Token counting and rough cost estimates for the ``.usage`` command.

Counting endpoints are free, nothing here is a billable generation.
"""
from __future__ import annotations

from dataclasses import dataclass

import tiktoken

from core.clients import get_anthropic_client, get_genai_client

# USD per 1M tokens (input, output); updated by hand, check vendor pages.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "grok-2-latest": (2.00, 10.00),
}


@dataclass
class CostLine:
    model: str
    input_tokens: int
    output_tokens: int

    @property
    def usd(self) -> float:
        return calculate_cost(self.model, self.input_tokens, self.output_tokens)


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


async def count_anthropic_tokens(text: str, model: str) -> int:
    result = await get_anthropic_client().messages.count_tokens(
        model=model, messages=[{"role": "user", "content": text}]
    )
    return result.input_tokens


async def count_gemini_tokens(text: str, model: str) -> int:
    result = await get_genai_client().aio.models.count_tokens(model=model, contents=text)
    return result.total_tokens or 0


def fits_context(text: str, limit: int = 100_000) -> bool:
    return count_openai_tokens(text) < limit
