"""Token budgeting helpers.

We trim conversation history before sending it to a model; the numbers here only need to
be roughly right, so the cheap local estimate is used unless a caller asks for an exact
count.
"""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Any, Dict, List, Optional

import litellm
import tiktoken

from assistant.llm.clients import anthropic_client

log = logging.getLogger(__name__)

Message = Dict[str, Any]


@lru_cache(maxsize=8)
def _encoding(name: str = "o200k_base") -> "tiktoken.Encoding":
    return tiktoken.get_encoding(name)


def estimate_tokens(text: str) -> int:
    if not text:
        return 0
    return len(_encoding().encode(text, disallowed_special=()))


def estimate_messages(messages: List[Message]) -> int:
    total = 0
    for msg in messages:
        content = msg.get("content")
        if isinstance(content, str):
            total += estimate_tokens(content)
        elif isinstance(content, list):
            for block in content:
                if isinstance(block, dict) and block.get("type") == "text":
                    total += estimate_tokens(block.get("text", ""))
        total += 4  # role + framing
    return total


def exact_claude_tokens(
    model: str,
    messages: List[Message],
    system: Optional[str] = None,
    tools: Optional[List[Dict[str, Any]]] = None,
) -> int:
    """Ask Anthropic for an exact count (free endpoint, but it is a network round trip)."""
    kwargs: Dict[str, Any] = {"model": model, "messages": messages}
    if system:
        kwargs["system"] = system
    if tools:
        kwargs["tools"] = tools
    result = anthropic_client().messages.count_tokens(**kwargs)
    return result.input_tokens


def litellm_tokens(model: str, messages: List[Message]) -> int:
    try:
        return litellm.token_counter(model=model, messages=messages)
    except Exception:  # unknown tokenizer for some router aliases
        log.debug("token_counter failed for %s, falling back to estimate", model)
        return estimate_messages(messages)


def trim_history(messages: List[Message], budget: int) -> List[Message]:
    """Drop the oldest turns until the estimate fits in ``budget`` tokens."""
    trimmed = list(messages)
    while len(trimmed) > 2 and estimate_messages(trimmed) > budget:
        trimmed.pop(0)
        # never start a history with an assistant turn or an orphaned tool_result
        while trimmed and trimmed[0].get("role") != "user":
            trimmed.pop(0)
    return trimmed
