"""Small text helpers shared by the keyword libraries."""
from __future__ import annotations

import html
import re
import unicodedata
from typing import Iterable

_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]+>")
_MD_LINK = re.compile(r"\[([^\]]+)\]\(([^)]+)\)")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return _WS.sub(" ", text).strip()


def strip_html(text: str) -> str:
    return normalise(html.unescape(_TAG.sub(" ", text or "")))


def extract_links(text: str) -> list[str]:
    return [m.group(2) for m in _MD_LINK.finditer(text or "")]


def chunk(text: str, size: int = 1200, overlap: int = 150) -> list[str]:
    """Character chunks with overlap, used for the knowledge-base documents."""
    text = normalise(text)
    if len(text) <= size:
        return [text] if text else []
    out = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        out.append(text[start:end])
        if end == len(text):
            break
        start = end - overlap
    return out


def bullet_list(items: Iterable[str]) -> str:
    return "\n".join(f"- {i}" for i in items)


def contains_any(text: str, needles: Iterable[str]) -> bool:
    low = (text or "").lower()
    return any(n.lower() in low for n in needles)


def shorten(text: str, limit: int = 200) -> str:
    text = normalise(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
