from __future__ import annotations

import re
from functools import lru_cache

import tiktoken

_WS = re.compile(r"\s+")


def normalise_whitespace(text: str) -> str:
    return _WS.sub(" ", text).strip()


def truncate_chars(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def chunk_text(text: str, max_chars: int = 4000, overlap: int = 200) -> list[str]:
    text = text.strip()
    if len(text) <= max_chars:
        return [text]
    chunks, start = [], 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        cut = text.rfind("\n\n", start, end)
        if cut <= start or end == len(text):
            cut = end
        chunks.append(text[start:cut])
        start = max(cut - overlap, start + 1) if cut < len(text) else len(text)
    return chunks


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("cl100k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def reading_time_minutes(text: str, wpm: int = 220) -> int:
    return max(1, round(len(text.split()) / wpm))


_SLUG = re.compile(r"[^a-z0-9]+")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$", re.MULTILINE)


def slugify(text: str, max_len: int = 80) -> str:
    return _SLUG.sub("-", text.lower()).strip("-")[:max_len]


def headings(markdown: str) -> list[tuple[int, str]]:
    """Return (level, title) for every ATX heading in the document."""
    return [(len(m.group(1)), m.group(2).strip()) for m in _HEADING.finditer(markdown)]


def table_of_contents(markdown: str) -> str:
    lines = []
    for level, title in headings(markdown):
        indent = "  " * (level - 1)
        lines.append(f"{indent}- [{title}](#{slugify(title)})")
    return "\n".join(lines)
