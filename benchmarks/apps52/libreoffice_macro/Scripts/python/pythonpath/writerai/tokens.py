"""Token estimation and cost display for the status bar.

Nothing here calls a model for generation: counting uses tiktoken locally, or the
Anthropic count_tokens endpoint which is free.
"""
import logging

log = logging.getLogger("writerai.tokens")

# USD per 1M tokens (input, output); updated by hand, see CHANGELOG
PRICES = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "ibm/granite-3-8b-instruct": (0.20, 0.20),
}


def estimate_tokens(text, model="gpt-4o-mini"):
    try:
        import tiktoken
        enc = tiktoken.encoding_for_model(model)
        return len(enc.encode(text))
    except Exception:  # tiktoken is optional in the bundled Python
        return max(1, len(text) // 4)


def count_claude_tokens(client, model, text):
    result = client.messages.count_tokens(
        model=model,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def calculate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def format_cost(cost):
    return "< $0.01" if cost < 0.01 else f"${cost:.2f}"
