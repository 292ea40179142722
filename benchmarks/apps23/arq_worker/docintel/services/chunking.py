"""Token-aware chunking of extracted document text."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import tiktoken

_HEADING = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[A-Z][A-Z \-]{4,})\s", re.MULTILINE)


@lru_cache(maxsize=4)
def _encoding(model: str = "gpt-4o"):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o") -> int:
    return len(_encoding(model).encode(text))


@dataclass
class Chunk:
    index: int
    text: str
    token_count: int
    page: int | None = None


def split_sections(text: str) -> list[str]:
    positions = [m.start() for m in _HEADING.finditer(text)]
    if not positions or positions[0] != 0:
        positions.insert(0, 0)
    positions.append(len(text))
    return [text[a:b].strip() for a, b in zip(positions, positions[1:]) if text[a:b].strip()]


def chunk_text(text: str, max_tokens: int = 512, overlap: int = 64) -> list[Chunk]:
    enc = _encoding()
    chunks: list[Chunk] = []
    for section in split_sections(text):
        ids = enc.encode(section)
        start = 0
        while start < len(ids):
            window = ids[start : start + max_tokens]
            chunks.append(Chunk(index=len(chunks), text=enc.decode(window), token_count=len(window)))
            if start + max_tokens >= len(ids):
                break
            start += max_tokens - overlap
    return chunks


def chunk_pages(pages: list[str], max_tokens: int = 512) -> list[Chunk]:
    out: list[Chunk] = []
    for page_no, page in enumerate(pages, start=1):
        for chunk in chunk_text(page, max_tokens=max_tokens):
            out.append(Chunk(index=len(out), text=chunk.text, token_count=chunk.token_count, page=page_no))
    return out
