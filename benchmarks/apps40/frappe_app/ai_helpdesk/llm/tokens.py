"""Token counting and cost estimation (no billable requests in here)."""

from __future__ import annotations

from functools import lru_cache

import tiktoken

# USD per 1M tokens, (input, output). Keep in sync with the finance sheet.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "text-embedding-3-small": (0.02, 0.0),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "claude-3-5-haiku-20241022": (0.80, 4.00),
    "gemini-2.0-flash": (0.10, 0.40),
    "text-embedding-004": (0.0, 0.0),
    "mistral-small-latest": (0.20, 0.60),
    "mistral-large-latest": (2.00, 6.00),
    "mistral-embed": (0.10, 0.0),
    "llama-3.1-8b-instant": (0.05, 0.08),
    "llama-3.3-70b-versatile": (0.59, 0.79),
    "whisper-large-v3-turbo": (0.0, 0.0),
}


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text or ""))


def count_message_tokens(messages: list[dict], model: str = "gpt-4o-mini") -> int:
    # 3 tokens of overhead per message + 3 for the reply primer (OpenAI cookbook)
    return sum(count_tokens(m.get("content") or "", model) + 3 for m in messages) + 3


def count_claude_tokens(client, model: str, messages: list[dict], system: str | None = None) -> int:
    """Free endpoint: counts tokens server-side without running the model."""
    result = client.messages.count_tokens(model=model, messages=messages, system=system or "")
    return result.input_tokens


def count_gemini_tokens(client, model: str, text: str) -> int:
    return client.models.count_tokens(model=model, contents=text).total_tokens


def estimate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    price_in, price_out = PRICES.get(model, (0.0, 0.0))
    return round((input_tokens * price_in + output_tokens * price_out) / 1_000_000, 6)


def truncate_to_budget(text: str, max_tokens: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text or "")
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])
