"""Price table and token estimation. No network calls here."""
from __future__ import annotations

# USD per 1M tokens (input, output). Keep in sync with finance's sheet.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4o": (2.50, 10.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "mistral-small-latest": (0.10, 0.30),
    "mistral-embed": (0.10, 0.0),
    "sonar": (1.00, 1.00),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    inp, out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * inp + output_tokens * out) / 1_000_000


def rough_token_count(text: str) -> int:
    """~4 chars per token; good enough for the budget gauge."""
    return max(1, len(text) // 4)


def count_tokens_tiktoken(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        import tiktoken
    except ImportError:
        return rough_token_count(text)
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def calculate_completion_cost(model: str, prompt: str, completion: str) -> float:
    return estimate_cost(model, count_tokens_tiktoken(prompt, model), count_tokens_tiktoken(completion, model))
