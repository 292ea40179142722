"""Token counting, used to trim history before it overflows the context window."""
from __future__ import annotations

import functools
from typing import Sequence

import tiktoken

from .backends.clients import get_anthropic_client, get_genai_client

CONTEXT_WINDOWS = {
    "openai": 128_000,
    "anthropic": 200_000,
    "google": 1_000_000,
    "mistral": 128_000,
    "ollama": 8_192,
}


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(provider: str, model: str, messages: Sequence[dict]) -> int:
    if provider == "anthropic":
        res = get_anthropic_client().messages.count_tokens(model=model, messages=list(messages))
        return res.input_tokens
    if provider == "google":
        text = "\n".join(m["content"] for m in messages)
        res = get_genai_client().models.count_tokens(model=model, contents=text)
        return res.total_tokens
    enc = _encoding(model)
    return sum(len(enc.encode(m["content"])) + 4 for m in messages)


def trim_history(provider: str, model: str, messages: list[dict], budget_ratio: float = 0.75) -> list[dict]:
    budget = int(CONTEXT_WINDOWS.get(provider, 8192) * budget_ratio)
    trimmed = list(messages)
    # local estimate first -- remote count only for the final check
    enc = _encoding(model)
    while len(trimmed) > 2 and sum(len(enc.encode(m["content"])) for m in trimmed) > budget:
        del trimmed[1]
    return trimmed
