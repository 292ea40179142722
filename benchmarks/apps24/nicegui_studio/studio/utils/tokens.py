"""Token counting helpers for the cost preview (none of these are billed)."""
from __future__ import annotations

import logging
from functools import lru_cache

import tiktoken

from studio.services.container import services

log = logging.getLogger(__name__)


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


async def count_claude_tokens(text: str, system: str = "", model: str = "claude-3-5-sonnet-latest") -> int:
    if services.anthropic is None:
        # fall back to the tiktoken approximation
        return int(count_openai_tokens(text) * 1.1)
    result = await services.anthropic.messages.count_tokens(
        model=model,
        system=system,
        messages=[{"role": "user", "content": text}],
    )
    return result.input_tokens


def truncate_to_tokens(text: str, max_tokens: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= max_tokens:
        return text
    return enc.decode(ids[:max_tokens])
