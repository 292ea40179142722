from __future__ import annotations

import re
from typing import Iterable

import litellm

_MENTION = re.compile(r"<@[A-Z0-9]+>")
_MAX_CONTEXT_TOKENS = 24_000


def strip_mentions(text: str) -> str:
    return _MENTION.sub("", text).strip()


def truncate(text: str, limit: int = 3000, suffix: str = "…") -> str:
    if len(text) <= limit:
        return text
    return text[: limit - len(suffix)] + suffix


def chunk(text: str, size: int = 1500, overlap: int = 200) -> list[str]:
    if size <= overlap:
        raise ValueError("size must be larger than overlap")
    out, start = [], 0
    while start < len(text):
        out.append(text[start : start + size])
        start += size - overlap
    return out


def fit_messages(model: str, messages: list[dict], budget: int = _MAX_CONTEXT_TOKENS) -> list[dict]:
    """Drop the oldest non-system messages until the prompt fits the budget."""
    msgs = list(messages)
    while len(msgs) > 2 and litellm.token_counter(model=model, messages=msgs) > budget:
        del msgs[1]
    return msgs


def format_thread(lines: Iterable[tuple[str, str]]) -> str:
    return "\n".join(f"{who}: {what}" for who, what in lines)


def slack_to_discord(text: str) -> str:
    # *bold* -> **bold**, leave code blocks alone
    return re.sub(r"(?<!\*)\*(?!\*)([^*\n]+)\*(?!\*)", r"**\1**", text)
