"""Chat formatting helpers (Slack mrkdwn flavoured)."""
from __future__ import annotations

import re
import textwrap

MAX_CHARS = 3500
_MENTION = re.compile(r"<@[A-Z0-9]+>")


def truncate(text: str, limit: int = MAX_CHARS, suffix: str = "\n… (truncated)") -> str:
    if len(text) <= limit:
        return text
    return text[: limit - len(suffix)].rstrip() + suffix


def strip_mentions(text: str) -> str:
    return _MENTION.sub("", text).strip()


def code_block(text: str, lang: str = "") -> str:
    return f"```{lang}\n{text.strip()}\n```"


def bullet_list(items) -> str:
    return "\n".join(f"• {item}" for item in items)


def quote(text: str) -> str:
    return "\n".join("> " + line for line in text.splitlines())


def wrap_paragraphs(text: str, width: int = 100) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in text.split("\n\n"))


def chunk_for_chat(text: str, limit: int = MAX_CHARS) -> list[str]:
    """Split long answers on paragraph boundaries so errbot doesn't cut mid-word."""
    chunks, current = [], ""
    for para in text.split("\n\n"):
        if len(current) + len(para) + 2 > limit and current:
            chunks.append(current)
            current = ""
        current = f"{current}\n\n{para}" if current else para
    if current:
        chunks.append(current)
    return chunks
