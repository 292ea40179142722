"""Price table and token estimates for the !llm cost command and the tracker."""
from __future__ import annotations

from functools import lru_cache

# USD per 1M tokens (input, output). Updated by hand; see #finops pinned msg.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4.1": (2.00, 8.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-sonnet-4-20250514": (3.00, 15.00),
    "anthropic/claude-sonnet-4-20250514": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-small-latest": (0.20, 0.60),
    "command-r-plus-08-2024": (2.50, 10.00),
    "embed-english-v3.0": (0.10, 0.0),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "groq/llama-3.1-8b-instant": (0.05, 0.08),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * price_in + output_tokens * price_out) / 1_000_000


@lru_cache(maxsize=8)
def _encoding(name: str = "o200k_base"):
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    """Rough token count for budgeting prompts (OpenAI tokenizer for all)."""
    try:
        return len(_encoding().encode(text))
    except Exception:  # tiktoken missing in slim images
        return max(1, len(text) // 4)


def format_cost_table(models: list[str] | None = None) -> str:
    rows = ["| model | $/1M in | $/1M out |", "|---|---:|---:|"]
    for model in models or sorted(PRICES):
        price_in, price_out = PRICES.get(model, (0.0, 0.0))
        rows.append(f"| {model} | {price_in:.2f} | {price_out:.2f} |")
    return "\n".join(rows)
