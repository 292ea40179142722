"""Naive paragraph-aware chunker. Good enough until we move to the token based one."""
from __future__ import annotations

import re
from collections.abc import Iterator

_PARA = re.compile(r"\n\s*\n")


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARA.split(text) if p.strip()]


def chunk_text(text: str, max_chars: int = 1800, overlap: int = 200) -> Iterator[str]:
    buf = ""
    for para in split_paragraphs(text):
        if len(buf) + len(para) + 2 <= max_chars:
            buf = f"{buf}\n\n{para}" if buf else para
            continue
        if buf:
            yield buf
            tail = buf[-overlap:] if overlap else ""
            buf = f"{tail}\n\n{para}" if tail else para
        else:
            buf = para
        while len(buf) > max_chars:
            yield buf[:max_chars]
            buf = buf[max_chars - overlap :]
    if buf:
        yield buf


def batched(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
