"""Text chunking helpers for long documents."""
from __future__ import annotations

import re
from typing import Iterator

_PARA = re.compile(r"\n\s*\n")


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARA.split(text) if p.strip()]


def chunk_text(text: str, max_chars: int = 12_000, overlap: int = 400) -> Iterator[str]:
    buf: list[str] = []
    size = 0
    for para in paragraphs(text):
        if size + len(para) > max_chars and buf:
            chunk = "\n\n".join(buf)
            yield chunk
            tail = chunk[-overlap:] if overlap else ""
            buf, size = ([tail] if tail else []), len(tail)
        while len(para) > max_chars:
            yield para[:max_chars]
            para = para[max_chars - overlap:]
        buf.append(para)
        size += len(para)
    if buf:
        yield "\n\n".join(buf)


def batched(items: list[str], n: int) -> Iterator[list[str]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]
