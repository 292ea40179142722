"""Token counting and price estimates. No network calls to model endpoints here
except the free count-tokens helpers."""
from decimal import Decimal

import tiktoken

# USD per million tokens (input, output). Updated by hand, see #412.
PRICES = {
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "gpt-4.1-mini": (Decimal("0.40"), Decimal("1.60")),
    "claude-3-5-haiku-latest": (Decimal("0.80"), Decimal("4.00")),
    "claude-sonnet-4-20250514": (Decimal("3.00"), Decimal("15.00")),
    "mistral-large-latest": (Decimal("2.00"), Decimal("6.00")),
    "mistral-small-latest": (Decimal("0.20"), Decimal("0.60")),
    "deepseek-chat": (Decimal("0.27"), Decimal("1.10")),
    "voyage-3": (Decimal("0.06"), Decimal("0")),
    "voyage-3-lite": (Decimal("0.02"), Decimal("0")),
}

_MILLION = Decimal(1_000_000)


def calculate_cost(model, input_tokens, output_tokens=0):
    price_in, price_out = PRICES.get(model, (Decimal("0"), Decimal("0")))
    return (price_in * input_tokens + price_out * output_tokens) / _MILLION


def count_openai_tokens(text, model="gpt-4o-mini"):
    try:
        encoding = tiktoken.encoding_for_model(model)
    except KeyError:
        encoding = tiktoken.get_encoding("o200k_base")
    return len(encoding.encode(text))


def count_anthropic_tokens(client, text, model="claude-3-5-haiku-latest"):
    result = client.messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def count_voyage_tokens(client, texts, model="voyage-3"):
    return client.count_tokens(texts, model=model)


def estimate_page_cost(text, model="claude-3-5-haiku-latest", expected_output=300):
    # tiktoken is close enough for a budget estimate on any provider
    tokens = count_openai_tokens(text)
    return calculate_cost(model, tokens, expected_output)
