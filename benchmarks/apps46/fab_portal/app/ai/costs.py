"""Rough cost estimation for the admin dashboard. No network calls here."""
from decimal import Decimal

import tiktoken

# USD per million tokens (input, output). Updated by hand, see #412.
PRICES = {
    "gpt-4o-mini": (Decimal("0.15"), Decimal("0.60")),
    "gpt-4o": (Decimal("2.50"), Decimal("10.00")),
    "claude-3-5-haiku-latest": (Decimal("0.80"), Decimal("4.00")),
    "claude-3-5-sonnet-latest": (Decimal("3.00"), Decimal("15.00")),
    "gemini-2.0-flash": (Decimal("0.10"), Decimal("0.40")),
    "mistral-small-latest": (Decimal("0.20"), Decimal("0.60")),
    "command-r-plus-08-2024": (Decimal("2.50"), Decimal("10.00")),
}


def completion_cost(model, input_tokens, output_tokens):
    pin, pout = PRICES.get(model, (Decimal("0"), Decimal("0")))
    return (pin * input_tokens + pout * output_tokens) / Decimal(1_000_000)


def count_openai_tokens(text, model="gpt-4o-mini"):
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def estimate_summary_cost(text, model="gpt-4o-mini", expected_output=300):
    return completion_cost(model, count_openai_tokens(text, model), expected_output)
