"""Text utilities that don't touch any model."""
from __future__ import annotations

import html
import re
import string
import unicodedata
from typing import Iterable, List

_WS = re.compile(r"\s+")
_TAGS = re.compile(r"<[^>]+>")


def clean_body(raw: str) -> str:
    text = html.unescape(_TAGS.sub(" ", raw or ""))
    text = unicodedata.normalize("NFKC", text)
    return _WS.sub(" ", text).strip()


def truncate(text: str, max_chars: int) -> str:
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    last_stop = cut.rfind(". ")
    return cut[: last_stop + 1] if last_stop > max_chars * 0.6 else cut


def chunks(items: List, size: int) -> Iterable[List]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class Slug:
    """URL slug builder; `.create()` is used by the sink for GCS object names."""

    _allowed = set(string.ascii_lowercase + string.digits + "-")

    def __init__(self, max_len: int = 80) -> None:
        self.max_len = max_len

    def create(self, title: str) -> str:
        base = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
        base = re.sub(r"[^a-z0-9]+", "-", base).strip("-")
        return "".join(c for c in base if c in self._allowed)[: self.max_len] or "untitled"


class HeadlineTemplate:
    """Deterministic fallback headline when the rewrite step is disabled or fails."""

    def __init__(self, max_len: int = 90) -> None:
        self.max_len = max_len

    def generate(self, title: str, source: str) -> str:
        title = _WS.sub(" ", title).strip().rstrip("!?")
        if len(title) > self.max_len:
            title = title[: self.max_len - 1].rsplit(" ", 1)[0] + "…"
        return f"{title} ({source})" if source and len(title) + len(source) + 3 <= self.max_len else title
