"""Price tables and token estimates. Nothing in here talks to a provider."""
from __future__ import annotations

import logging

import litellm
import tiktoken

logger = logging.getLogger("helpdesk.costs")

# USD per 1M tokens, (input, output). Update when vendors change prices.
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "sonar": (1.00, 1.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "text-embedding-3-small": (0.02, 0.0),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    bare = model.split("/")[-1]
    if bare in PRICES:
        pin, pout = PRICES[bare]
        return (input_tokens * pin + output_tokens * pout) / 1_000_000
    try:
        prompt_cost, completion_cost = litellm.cost_per_token(
            model=model, prompt_tokens=input_tokens, completion_tokens=output_tokens
        )
        return prompt_cost + completion_cost
    except Exception:
        logger.debug("no price for %s", model)
        return 0.0


def cost_of_response(response) -> float:
    """Works on litellm ModelResponse objects."""
    return litellm.completion_cost(completion_response=response)


def count_message_tokens(messages: list[dict], model: str = "gpt-4o-mini") -> int:
    return litellm.token_counter(model=model, messages=messages)


def truncate_to_tokens(text: str, max_tokens: int, encoding: str = "cl100k_base") -> str:
    enc = tiktoken.get_encoding(encoding)
    ids = enc.encode(text)
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])
