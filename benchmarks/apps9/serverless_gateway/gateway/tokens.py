"""Token estimates used for rate limiting and context-window checks.

These are estimates only: upstream providers report the billed numbers in
``usage`` and that is what ends up in UsageEvent rows.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Mapping

import tiktoken

# Rough per-message overhead of the chat template.
_PER_MESSAGE_OVERHEAD = 4


@lru_cache(maxsize=8)
def _encoding(name: str = "o200k_base"):
    return tiktoken.get_encoding(name)


def count_text_tokens(text: str) -> int:
    return len(_encoding().encode(text, disallowed_special=()))


def count_message_tokens(messages: Iterable[Mapping]) -> int:
    total = 0
    for message in messages:
        content = message.get("content") or ""
        if isinstance(content, list):
            content = " ".join(part.get("text", "") for part in content if isinstance(part, Mapping))
        total += count_text_tokens(content) + _PER_MESSAGE_OVERHEAD
    return total + 2


def fits_context(messages: Iterable[Mapping], max_tokens: int, context_window: int) -> bool:
    return count_message_tokens(messages) + max_tokens <= context_window
