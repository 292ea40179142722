"""Cost estimation helpers used by ``invoke cost-report``.

Nothing in here talks to a model: token counts are local (tiktoken) or come
from free counting endpoints.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

import tiktoken

# USD per 1M tokens (input, output); last updated 2024-11.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "voyage-3": (0.06, 0.0),
}


@dataclass
class Usage:
    model: str
    input_tokens: int = 0
    output_tokens: int = 0

    def cost(self) -> float:
        pin, pout = PRICES.get(self.model, (0.0, 0.0))
        return (self.input_tokens * pin + self.output_tokens * pout) / 1_000_000


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_anthropic_tokens(client, text: str, model: str) -> int:
    result = client.messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def count_gemini_tokens(client, text: str, model: str) -> int:
    return client.models.count_tokens(model=model, contents=text).total_tokens


def estimate(texts: Iterable[str], model: str, expected_output: int = 120) -> Usage:
    usage = Usage(model=model)
    for text in texts:
        usage.input_tokens += count_openai_tokens(text)
        usage.output_tokens += expected_output
    return usage


def total_cost(usages: Iterable[Usage]) -> float:
    return round(sum(u.cost() for u in usages), 4)
