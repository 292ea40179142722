"""Token budgeting helpers for conversation history."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Dict, List

import tiktoken

from tutorbot.config import get_settings
from tutorbot.llm.clients import get_anthropic_client

log = logging.getLogger(__name__)


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


async def count_claude_tokens(messages: List[Dict[str, str]], system: str = "") -> int:
    """Exact count from the API (free endpoint); used before long explanation requests."""
    result = await get_anthropic_client().messages.count_tokens(
        model=get_settings().claude_model,
        system=system,
        messages=messages,
    )
    return result.input_tokens


def trim_history(history: List[Dict[str, str]], max_turns: int, max_tokens: int = 3000) -> List[Dict[str, str]]:
    """Keep the most recent turns within both a turn and an (approximate) token budget."""
    trimmed = history[-max_turns * 2:]
    total = 0
    kept: List[Dict[str, str]] = []
    for msg in reversed(trimmed):
        total += count_openai_tokens(msg.get("content", ""))
        if total > max_tokens:
            break
        kept.append(msg)
    kept.reverse()
    # never start with an assistant turn
    while kept and kept[0].get("role") == "assistant":
        kept.pop(0)
    return kept
