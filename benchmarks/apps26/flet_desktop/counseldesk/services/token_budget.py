"""Token estimates and cost math. No network calls in here."""
from __future__ import annotations

from functools import lru_cache

# USD per 1M tokens (input, output). Updated by hand; check vendor pages monthly.
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4.1": (2.00, 8.00),
    "gpt-4.1-mini": (0.40, 1.60),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-sonnet-4-5": (3.00, 15.00),
    "claude-haiku-4-5": (1.00, 5.00),
    "gemini-2.5-pro": (1.25, 10.00),
    "gemini-2.5-flash": (0.30, 2.50),
    "grok-4": (3.00, 15.00),
    "grok-3-mini": (0.30, 0.50),
    "sonar": (1.00, 1.00),
    "sonar-pro": (3.00, 15.00),
}

LOCAL_PREFIXES = ("llama", "qwen", "mistral", "nomic", "phi")


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    if model.startswith(LOCAL_PREFIXES):
        return 0.0
    price_in, price_out = PRICES.get(model, PRICES.get(model.rsplit("-", 1)[0], (0.0, 0.0)))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


@lru_cache(maxsize=4)
def _encoding(name: str = "o200k_base"):
    import tiktoken

    return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    """Rough count for budgeting; exact counts come back on the responses."""
    try:
        return len(_encoding().encode(text))
    except Exception:  # tiktoken missing in the web build
        return max(1, len(text) // 4)


def fits_context(text: str, limit: int = 120_000, reserve: int = 4_000) -> bool:
    return count_tokens(text) + reserve <= limit


def split_for_context(text: str, max_tokens: int = 6_000) -> list[str]:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for para in paragraphs:
        n = count_tokens(para)
        if current and size + n > max_tokens:
            chunks.append("\n\n".join(current))
            current, size = [], 0
        current.append(para)
        size += n
    if current:
        chunks.append("\n\n".join(current))
    return chunks
