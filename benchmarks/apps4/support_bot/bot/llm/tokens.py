"""Token budgeting for conversation history."""
from __future__ import annotations

import logging
from functools import lru_cache
from typing import Dict, List

import litellm
import tiktoken

from bot.llm.clients import get_anthropic

log = logging.getLogger(__name__)


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def approx_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_message_tokens(messages: List[Dict[str, str]], model: str) -> int:
    """Exact count for Claude models (server-side, free); litellm's estimate for the rest."""
    if model.startswith("claude"):
        system = [m["content"] for m in messages if m["role"] == "system"]
        convo = [m for m in messages if m["role"] != "system"]
        kwargs = {"model": model, "messages": convo}
        if system:
            kwargs["system"] = "\n".join(system)
        try:
            result = get_anthropic().messages.count_tokens(**kwargs)
            return result.input_tokens
        except Exception:
            log.debug("count_tokens failed, estimating", exc_info=True)
    return litellm.token_counter(model=model, messages=messages)
