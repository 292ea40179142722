"""Cost estimation; no network calls in here."""
from __future__ import annotations

from typing import Dict, Tuple

import litellm

# USD per 1M tokens (input, output). Keep in sync with the finops sheet.
PRICES: Dict[str, Tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "command-r-plus-08-2024": (2.50, 10.00),
    "llama3.1-8b": (0.10, 0.10),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model in PRICES:
        pin, pout = PRICES[model]
        return (input_tokens * pin + output_tokens * pout) / 1_000_000
    prompt_cost, completion_cost = litellm.cost_per_token(
        model=model, prompt_tokens=input_tokens, completion_tokens=output_tokens
    )
    return prompt_cost + completion_cost


def cost_of_response(response) -> float:
    """Cost of a litellm ModelResponse."""
    return litellm.completion_cost(completion_response=response)


def prompt_tokens(model: str, messages) -> int:
    return litellm.token_counter(model=model, messages=messages)
