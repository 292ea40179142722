"""Rough token accounting used to keep prompts under the context window.

Llama/Grok tokenizers differ from cl100k, but this is close enough for trimming and
we add a 15% margin.
"""
from __future__ import annotations

from typing import List

import tiktoken

from shared.models import ChatMessage

_ENC = tiktoken.get_encoding("cl100k_base")
MARGIN = 1.15


def count_tokens(text: str) -> int:
    return int(len(_ENC.encode(text)) * MARGIN)


def trim_history(history: List[ChatMessage], budget: int) -> List[ChatMessage]:
    """Drop the oldest turns until the history fits in `budget` tokens."""
    kept: List[ChatMessage] = []
    used = 0
    for msg in reversed(history):
        cost = count_tokens(msg.content) + 4
        if used + cost > budget:
            break
        kept.append(msg)
        used += cost
    return list(reversed(kept))


def truncate(text: str, max_tokens: int) -> str:
    tokens = _ENC.encode(text)
    if len(tokens) <= max_tokens:
        return text
    return _ENC.decode(tokens[:max_tokens]) + " …"
