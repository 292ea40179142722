"""Token counting helpers (no generation here)."""

from __future__ import annotations

from functools import lru_cache
from typing import List

import tiktoken

from llm.clients import get_anthropic_client, get_genai_client


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_claude_tokens(messages: List[dict], model: str = "claude-3-5-haiku-latest") -> int:
    result = get_anthropic_client().messages.count_tokens(model=model, messages=messages)
    return result.input_tokens


def count_gemini_tokens(text: str, model: str = "gemini-2.0-flash") -> int:
    return get_genai_client().models.count_tokens(model=model, contents=text).total_tokens


def truncate_to_tokens(text: str, limit: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    return text if len(ids) <= limit else enc.decode(ids[:limit])
