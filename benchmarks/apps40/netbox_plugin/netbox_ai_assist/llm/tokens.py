"""Token counting and cost estimation (no billable calls in here)."""
from __future__ import annotations

import functools
from decimal import Decimal

import tiktoken

from .clients import get_anthropic_client, get_bedrock_runtime, get_openai_client

# USD per 1M tokens (input, output)
PRICES = {
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "claude-3-5-sonnet-20241022": (Decimal("3.00"), Decimal("15.00")),
    "anthropic.claude-3-haiku-20240307-v1:0": (Decimal("0.25"), Decimal("1.25")),
    "command-r-plus": (Decimal("2.50"), Decimal("10.00")),
}


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_anthropic_tokens(messages: list[dict], model: str, system: str = "") -> int:
    result = get_anthropic_client().messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens


def count_bedrock_tokens(model_id: str, prompt: str) -> int:
    result = get_bedrock_runtime().count_tokens(
        modelId=model_id,
        input={"converse": {"messages": [{"role": "user", "content": [{"text": prompt}]}]}},
    )
    return result["inputTokens"]


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    price_in, price_out = PRICES.get(model, (Decimal("0"), Decimal("0")))
    return (price_in * input_tokens + price_out * output_tokens) / Decimal(1_000_000)


def list_openai_models() -> list[str]:
    return sorted(m.id for m in get_openai_client().models.list())


def truncate_to_budget(text: str, budget: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    return text if len(ids) <= budget else enc.decode(ids[:budget])


def cohere_key_valid() -> bool:
    from .clients import get_cohere_client

    return get_cohere_client().check_api_key().valid


def count_cohere_tokens(text: str, model: str = "command-r") -> int:
    from .clients import get_cohere_client

    return len(get_cohere_client().tokenize(text=text, model=model).tokens)
