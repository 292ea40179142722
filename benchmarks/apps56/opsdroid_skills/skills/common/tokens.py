"""Token counting and cost estimates (no API calls here)."""
import functools
import logging

_LOGGER = logging.getLogger(__name__)

# USD per 1M tokens (input, output).  Update when vendors change pricing.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "anthropic.claude-3-5-sonnet-20240620-v1:0": (3.00, 15.00),
    "amazon.titan-embed-text-v2:0": (0.02, 0.0),
    "sonar-pro": (3.00, 15.00),
    "sonar": (1.00, 1.00),
}


def estimate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


@functools.lru_cache(maxsize=4)
def _encoding(model):
    import tiktoken

    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text, model="gpt-4o-mini"):
    return len(_encoding(model).encode(text or ""))


def count_message_tokens(messages, model="gpt-4o-mini"):
    total = 0
    for msg in messages:
        total += 4 + count_tokens(msg.get("content") or "", model)
    return total + 2


def truncate_to_budget(text, budget, model="gpt-4o-mini"):
    enc = _encoding(model)
    ids = enc.encode(text or "")
    if len(ids) <= budget:
        return text
    return enc.decode(ids[-budget:])


async def anthropic_prompt_tokens(client, model, system, messages):
    """Ask Anthropic how many tokens a prompt is (free endpoint)."""
    result = await client.messages.count_tokens(model=model, system=system, messages=messages)
    return result.input_tokens
