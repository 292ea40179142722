"""Token counting and cost estimates shown in the "Usage" window."""
from __future__ import annotations

import functools
import logging

import tiktoken

from tray.llm.clients import get_anthropic, get_genai_client

log = logging.getLogger(__name__)

# USD per million tokens (input, output); updated by hand, see CHANGELOG
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "whisper-1": (0.0, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "grok-3-mini": (0.30, 0.50),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_claude_tokens(text: str, model: str) -> int:
    result = get_anthropic().messages.count_tokens(
        model=model, messages=[{"role": "user", "content": text}]
    )
    return result.input_tokens


def count_gemini_tokens(text: str, model: str) -> int:
    result = get_genai_client().models.count_tokens(model=model, contents=text)
    return result.total_tokens or 0


def fits(text: str, budget: int, model: str = "gpt-4o-mini") -> bool:
    return count_openai_tokens(text, model) <= budget
