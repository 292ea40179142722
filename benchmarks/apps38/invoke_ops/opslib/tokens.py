"""Token accounting helpers (no model calls here)."""
from __future__ import annotations

import functools

import tiktoken

from opslib.clients import get_anthropic, get_cohere


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_anthropic_tokens(text: str, model: str, system: str | None = None) -> int:
    kwargs = {"model": model, "messages": [{"role": "user", "content": text}]}
    if system:
        kwargs["system"] = system
    result = get_anthropic().messages.count_tokens(**kwargs)
    return result.input_tokens


def count_cohere_tokens(text: str, model: str) -> int:
    return len(get_cohere().tokenize(text=text, model=model).tokens)


def truncate_to_budget(text: str, budget: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= budget:
        return text
    # keep the tail: for logs the most recent lines are the interesting ones
    return enc.decode(ids[-budget:])
