"""Token counting and cost estimates shown in the "Check settings" dialog.

Nothing here generates text: count_tokens endpoints are free.
"""

from .clients import get_anthropic_client, get_genai_client

# USD per million tokens (input, output); updated by hand, see CHANGELOG
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "gemini-2.0-flash": (0.10, 0.40),
}


def rough_count(text):
    return max(1, len(text) // 4)


def count_anthropic(model, system, user):
    result = get_anthropic_client().messages.count_tokens(
        model=model,
        system=system,
        messages=[{"role": "user", "content": user}],
    )
    return result.input_tokens


def count_gemini(model, text):
    client = get_genai_client()
    return client.models.count_tokens(model=model, contents=text).total_tokens


def estimate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def describe_cost(model, input_tokens, output_tokens):
    cost = estimate_cost(model, input_tokens, output_tokens)
    return f"{model}: ~{input_tokens} in / {output_tokens} out ≈ ${cost:.4f}"
