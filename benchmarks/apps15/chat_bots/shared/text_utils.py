"""Small text helpers shared by both platforms."""
from __future__ import annotations

import re
from typing import Iterable, List

SLACK_LIMIT = 3900  # Slack hard limit is 4000 chars per text block
DISCORD_LIMIT = 1990

_SLACK_MENTION = re.compile(r"<@[A-Z0-9]+>")
_DISCORD_MENTION = re.compile(r"<@!?\d+>")


def strip_mentions(text: str) -> str:
    text = _SLACK_MENTION.sub("", text)
    text = _DISCORD_MENTION.sub("", text)
    return text.strip()


def chunk_message(text: str, limit: int) -> List[str]:
    """Split on paragraph/line boundaries so code blocks mostly survive."""
    if len(text) <= limit:
        return [text]
    chunks: List[str] = []
    current = ""
    for line in text.splitlines(keepends=True):
        if len(current) + len(line) > limit:
            if current:
                chunks.append(current)
            while len(line) > limit:
                chunks.append(line[:limit])
                line = line[limit:]
            current = line
        else:
            current += line
    if current:
        chunks.append(current)
    return chunks


def completion(prefix: str, options: Iterable[str], limit: int = 25) -> List[str]:
    """Prefix-first, then substring matches; used for slash-command autocomplete."""
    prefix = (prefix or "").lower()
    opts = list(options)
    starts = [o for o in opts if o.lower().startswith(prefix)]
    contains = [o for o in opts if prefix in o.lower() and o not in starts]
    return (starts + contains)[:limit]


def quote_block(text: str) -> str:
    return "\n".join("> " + line for line in text.splitlines())
