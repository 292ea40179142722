"""Token budgeting and cost estimates for the `!usage` admin command."""
from __future__ import annotations

import litellm

from services.clients import get_anthropic_client, get_genai_client

# USD per 1M tokens, (input, output). Only used when litellm does not know the model.
FALLBACK_PRICES = {
    "sonar": (1.0, 1.0),
    "gemini-2.0-flash": (0.10, 0.40),
}


def count_openai_tokens(messages: list[dict], model: str) -> int:
    return litellm.token_counter(model=model, messages=messages)


def count_claude_tokens(messages: list[dict], model: str, system: str | None = None) -> int:
    kwargs = {"system": system} if system else {}
    result = get_anthropic_client().messages.count_tokens(model=model, messages=messages, **kwargs)
    return result.input_tokens


def count_gemini_tokens(text: str, model: str) -> int:
    result = get_genai_client().models.count_tokens(model=model, contents=text)
    return result.total_tokens or 0


def estimate_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float:
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=model, prompt_tokens=prompt_tokens, completion_tokens=completion_tokens
        )
        return prompt_cost + completion_cost
    except Exception:  # noqa: BLE001 - unknown model
        price_in, price_out = FALLBACK_PRICES.get(model, (0.0, 0.0))
        return (prompt_tokens * price_in + completion_tokens * price_out) / 1_000_000


def cost_of_response(response) -> float:
    return litellm.completion_cost(completion_response=response)


def trim_to_budget(messages: list[dict], model: str, budget: int) -> list[dict]:
    trimmed = list(messages)
    while len(trimmed) > 2 and count_openai_tokens(trimmed, model) > budget:
        # keep the system prompt at index 0
        trimmed.pop(1)
    return trimmed
