"""Text helpers: chunking, token counting."""

from __future__ import annotations

import functools
import re

import tiktoken


@functools.lru_cache(maxsize=4)
def _encoding(name: str = "cl100k_base"):
    return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text))


def chunk_text(text: str, max_tokens: int = 400) -> list[str]:
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    chunks: list[str] = []
    current: list[str] = []
    size = 0
    for p in paras:
        n = count_tokens(p)
        if current and size + n > max_tokens:
            chunks.append("\n\n".join(current))
            current, size = [], 0
        current.append(p)
        size += n
    if current:
        chunks.append("\n\n".join(current))
    return chunks


def slugify(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:80]
