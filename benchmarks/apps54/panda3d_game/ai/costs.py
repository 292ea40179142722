"""Rough cost estimates shown in the debug overlay (F10)."""
from typing import Dict, List

import tiktoken

from ai.clients import get_anthropic_client, get_genai_client

# USD per 1M tokens (input, output)
PRICES: Dict[str, tuple] = {
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "llama3.2": (0.0, 0.0),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    enc = tiktoken.encoding_for_model(model)
    return len(enc.encode(text))


def count_claude_tokens(system: str, messages: List[dict], model: str = "claude-3-5-haiku-latest") -> int:
    result = get_anthropic_client().messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def count_gemini_tokens(text: str, model: str = "gemini-2.0-flash") -> int:
    return get_genai_client().models.count_tokens(model=model, contents=text).total_tokens
