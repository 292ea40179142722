"""Token counting and cost estimation. None of this hits a generation endpoint."""
import logging
from decimal import Decimal
from typing import List

import tiktoken

from .clients import get_anthropic_client, get_voyage_client

logger = logging.getLogger(__name__)

# USD per 1M tokens (input, output); updated by hand from provider pricing pages.
PRICES = {
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "claude-3-5-sonnet-20241022": (Decimal("3.00"), Decimal("15.00")),
    "claude-3-5-haiku-20241022": (Decimal("0.80"), Decimal("4.00")),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (Decimal("0.88"), Decimal("0.88")),
}


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        encoding = tiktoken.encoding_for_model(model)
    except KeyError:
        encoding = tiktoken.get_encoding("o200k_base")
    return len(encoding.encode(text))


def count_anthropic_tokens(messages: List[dict], model: str, api_key=None) -> int:
    client = get_anthropic_client(api_key)
    result = client.messages.count_tokens(model=model, messages=messages)
    return result.input_tokens


def count_voyage_tokens(texts: List[str], model: str = "voyage-3") -> int:
    return get_voyage_client().count_tokens(texts, model=model)


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> Decimal:
    price_in, price_out = PRICES.get(model, (Decimal("0"), Decimal("0")))
    total = (price_in * input_tokens + price_out * output_tokens) / Decimal(1_000_000)
    return total.quantize(Decimal("0.000001"))


def truncate_to_budget(text: str, max_tokens: int, model: str = "gpt-4o-mini") -> str:
    try:
        encoding = tiktoken.encoding_for_model(model)
    except KeyError:
        encoding = tiktoken.get_encoding("o200k_base")
    tokens = encoding.encode(text)
    if len(tokens) <= max_tokens:
        return text
    return encoding.decode(tokens[:max_tokens])
