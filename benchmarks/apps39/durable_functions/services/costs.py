"""Cost estimation and token counting helpers (no billable requests here)."""
from __future__ import annotations

import tiktoken

from services.clients import get_genai, get_sync_anthropic

# USD per 1M tokens (input, output)
PRICES: dict[str, tuple[float, float]] = {
    "gpt-4o-mini": (0.15, 0.60),
    "gpt-4o": (2.50, 10.00),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "meta-llama/Llama-3.3-70B-Instruct-Turbo": (0.88, 0.88),
    "accounts/fireworks/models/llama-v3p1-70b-instruct": (0.90, 0.90),
}


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (1.0, 1.0))
    return round((input_tokens * pin + output_tokens * pout) / 1_000_000, 6)


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def count_claude_tokens(text: str, model: str = "claude-3-5-sonnet-20241022") -> int:
    result = get_sync_anthropic().messages.count_tokens(
        model=model, messages=[{"role": "user", "content": text}]
    )
    return result.input_tokens


def count_gemini_tokens(text: str, model: str = "gemini-2.0-flash") -> int:
    result = get_genai().models.count_tokens(model=model, contents=text)
    return result.total_tokens or 0


def fits_budget(text: str, budget_tokens: int) -> bool:
    return count_openai_tokens(text) <= budget_tokens
