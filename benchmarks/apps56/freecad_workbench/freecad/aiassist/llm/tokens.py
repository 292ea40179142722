"""Token budgeting so that big assemblies don't blow the context window."""
import tiktoken

from .clients import get_anthropic_client

_ENCODINGS = {}

CONTEXT_LIMITS = {
    "gpt-4o": 128_000,
    "gpt-4o-mini": 128_000,
    "claude-3-5-sonnet-latest": 200_000,
    "deepseek-chat": 64_000,
    "llama-3.3-70b-versatile": 128_000,
}

# USD per million tokens (input, output); updated by hand, see scripts/sync_models.py
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "deepseek-chat": (0.27, 1.10),
    "llama-3.3-70b-versatile": (0.59, 0.79),
}


def _encoding(model):
    if model not in _ENCODINGS:
        try:
            _ENCODINGS[model] = tiktoken.encoding_for_model(model)
        except KeyError:
            _ENCODINGS[model] = tiktoken.get_encoding("o200k_base")
    return _ENCODINGS[model]


def count_tokens(text, model="gpt-4o-mini"):
    return len(_encoding(model).encode(text))


def count_claude_tokens(system, user, model):
    result = get_anthropic_client().messages.count_tokens(
        model=model,
        system=system,
        messages=[{"role": "user", "content": user}],
    )
    return result.input_tokens


def estimate_cost(model, input_tokens, output_tokens):
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


def truncate_to_budget(text, model, reserve=2000):
    limit = CONTEXT_LIMITS.get(model, 32_000) - reserve
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= limit:
        return text
    return enc.decode(ids[:limit]) + "\n[... truncated ...]"
