"""Rough cost accounting for the monthly LLM report.

These helpers only count tokens and multiply by list prices; nothing here
generates text.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional

import tiktoken

from llm.clients import anthropic_client, get_cohere_client, get_genai_client

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output) -- update when vendors change pricing
PRICES: Dict[str, tuple] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-small-latest": (0.20, 0.60),
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
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_anthropic_tokens(messages: List[Dict[str, str]], model: str, system: Optional[str] = None) -> int:
    kwargs = {"model": model, "messages": messages}
    if system:
        kwargs["system"] = system
    result = anthropic_client.messages.count_tokens(**kwargs)
    return result.input_tokens


def count_gemini_tokens(text: str, model: str = "gemini-2.0-flash") -> int:
    result = get_genai_client().models.count_tokens(model=model, contents=text)
    return result.total_tokens


def count_cohere_tokens(text: str, model: str = "command-r-plus-08-2024") -> int:
    return len(get_cohere_client().tokenize(text=text, model=model).tokens)


def total_cost(lines: Iterable[CostLine]) -> float:
    return round(sum(line.usd for line in lines), 4)
