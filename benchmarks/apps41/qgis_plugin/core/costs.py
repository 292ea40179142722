"""Rough cost estimates shown in the dock before a batch run."""
from .clients import get_anthropic_client, get_genai_client

# USD per 1M tokens (input, output); last checked 2025-03
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-7-sonnet-latest": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "mistral-small-latest": (0.10, 0.30),
}


def estimate_tokens(text):
    # ~4 chars per token is good enough for a warning dialog
    return max(1, len(text) // 4)


def count_tokens(provider, model, text):
    if provider == "anthropic":
        result = get_anthropic_client().messages.count_tokens(
            model=model, messages=[{"role": "user", "content": text}]
        )
        return result.input_tokens
    if provider == "google":
        result = get_genai_client().models.count_tokens(model=model, contents=text)
        return result.total_tokens
    return estimate_tokens(text)


def calculate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def estimate_batch_cost(provider, model, prompts, expected_output=60):
    total_in = sum(count_tokens(provider, model, p) for p in prompts)
    return calculate_cost(model, total_in, expected_output * len(prompts))
