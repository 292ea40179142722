from __future__ import annotations

import re
from typing import Iterator, List

TELEGRAM_LIMIT = 4096

_MD_V2_SPECIAL = r"_*[]()~`>#+-=|{}.!"


def escape_md(text: str) -> str:
    """Escape text for ParseMode.MARKDOWN_V2."""
    return re.sub(f"([{re.escape(_MD_V2_SPECIAL)}])", r"\\\1", text)


def split_message(text: str, limit: int = TELEGRAM_LIMIT) -> List[str]:
    """Split on paragraph / line / word boundaries so every chunk fits in one message."""
    if len(text) <= limit:
        return [text]
    chunks: List[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind("\n", 0, limit)
        if cut < limit // 2:
            cut = rest.rfind(" ", 0, limit)
        if cut <= 0:
            cut = limit
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest:
        chunks.append(rest)
    return chunks


def progress_bar(fraction: float, width: int = 10) -> str:
    filled = max(0, min(width, round(fraction * width)))
    return "▓" * filled + "░" * (width - filled)


def iter_words(text: str) -> Iterator[str]:
    for match in re.finditer(r"\w+(?:['’-]\w+)*", text, flags=re.UNICODE):
        yield match.group(0)


def looks_like_command(text: str) -> bool:
    return text.startswith("/") and " " not in text.strip()
