"""Price table + cost estimation. Prices are USD per 1M tokens (input, output)."""
from __future__ import annotations

PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "gpt-4.1": (2.00, 8.00),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-latest": (3.00, 15.00),
    "claude-3-5-haiku-latest": (0.80, 4.00),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "llama3.1-8b": (0.10, 0.10),
    "llama-3.3-70b": (0.85, 1.20),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "togethercomputer/m2-bert-80M-8k-retrieval": (0.008, 0.0),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


def calculate_cost(usage: dict, model: str) -> float:
    """Cost from an OpenAI-shaped usage dict (``prompt_tokens``/``completion_tokens``)."""
    return estimate_cost(model, usage.get("prompt_tokens", 0), usage.get("completion_tokens", 0))


def rough_token_count(text: str) -> int:
    # ~4 chars per token is close enough for budgeting
    return max(1, len(text) // 4)
