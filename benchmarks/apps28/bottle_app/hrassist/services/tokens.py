"""Token counting helpers (budget checks before we send anything)."""

from __future__ import annotations

import functools
import logging

import tiktoken

from hrassist.clients import get_anthropic_client

log = logging.getLogger(__name__)


@functools.lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_openai_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def count_messages_tokens(messages: list[dict], model: str = "gpt-4o-mini") -> int:
    # 3 tokens of overhead per message + 3 for the reply primer (OpenAI cookbook)
    return sum(3 + count_openai_tokens(m["content"], model) for m in messages) + 3


def count_claude_tokens(messages: list[dict], system: str | None = None,
                        model: str = "claude-3-5-sonnet-20241022") -> int:
    """Exact count via the Anthropic count_tokens endpoint (free)."""
    kwargs = {"model": model, "messages": messages}
    if system:
        kwargs["system"] = system
    try:
        return get_anthropic_client().messages.count_tokens(**kwargs).input_tokens
    except Exception:
        log.debug("count_tokens failed, estimating", exc_info=True)
        return sum(len(m["content"]) for m in messages) // 4


def truncate_to_budget(text: str, budget: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    tokens = enc.encode(text)
    if len(tokens) <= budget:
        return text
    return enc.decode(tokens[:budget])
