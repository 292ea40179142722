"""Helpers for fitting text into Twitch chat."""
from __future__ import annotations

import re

TWITCH_MAX = 500
_WS = re.compile(r"\s+")
_MD = re.compile(r"[*_`#>]+")
_URL = re.compile(r"https?://\S+")


def clean_for_chat(text: str, limit: int = TWITCH_MAX) -> str:
    text = _MD.sub("", text)
    text = _WS.sub(" ", text).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[-40:]:
        cut = cut[: cut.rfind(" ")]
    return cut + "…"


def strip_links(text: str) -> str:
    return _URL.sub("[link]", text)


def chunk_message(text: str, limit: int = TWITCH_MAX) -> list[str]:
    words = text.split()
    chunks: list[str] = []
    cur = ""
    for word in words:
        if len(cur) + len(word) + 1 > limit:
            chunks.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    if cur:
        chunks.append(cur)
    return chunks


def strip_command(content: str, prefix: str = "!") -> str:
    if not content.startswith(prefix):
        return content.strip()
    _, _, rest = content.partition(" ")
    return rest.strip()


def clip_title(text: str) -> str:
    text = text.strip().strip('"').strip("'")
    text = text.splitlines()[0] if text else ""
    return text[:100]
