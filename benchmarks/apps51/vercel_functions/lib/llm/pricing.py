"""Static price table (USD per 1M tokens) and token counting.

Nothing here talks to a model; counting uses tiktoken locally, except the
Anthropic count_tokens endpoint which is free.
"""
from functools import lru_cache

import tiktoken

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-small-latest": (0.20, 0.60),
    "codestral-latest": (0.30, 0.90),
    "mistral-embed": (0.10, 0.0),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_message_tokens(messages: list[dict], model: str = "gpt-4o-mini") -> int:
    # ~4 tokens of framing per message, per OpenAI's cookbook
    return sum(count_tokens(m.get("content") or "", model) + 4 for m in messages) + 2


def count_anthropic_tokens(client, model: str, system: str, messages: list[dict]) -> int:
    result = client.messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def trim_history(messages: list[dict], budget: int, model: str = "gpt-4o-mini") -> list[dict]:
    """Drop the oldest non-system turns until the conversation fits the budget."""
    system = [m for m in messages if m.get("role") == "system"]
    rest = [m for m in messages if m.get("role") != "system"]
    while rest and count_message_tokens(system + rest, model) > budget:
        rest.pop(0)
    return system + rest
