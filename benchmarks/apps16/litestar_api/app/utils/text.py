from __future__ import annotations

import re
import unicodedata
from typing import Iterable, Iterator, List, Sequence, TypeVar

T = TypeVar("T")

_WS = re.compile(r"[ \t\u00a0]+")
_PAGE_FOOTER = re.compile(r"^\s*(Page \d+ of \d+|CONFIDENTIAL.*|\d+)\s*$", re.MULTILINE)


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _PAGE_FOOTER.sub("", text)
    text = _WS.sub(" ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def split_paragraphs(text: str) -> List[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


def chunk_text(text: str, max_chars: int = 3000, overlap: int = 300) -> List[str]:
    """Greedy paragraph packing; falls back to hard splits for very long paragraphs."""
    chunks: List[str] = []
    current = ""
    for para in split_paragraphs(normalize(text)):
        if len(para) > max_chars:
            if current:
                chunks.append(current)
                current = ""
            step = max_chars - overlap
            chunks.extend(para[i : i + max_chars] for i in range(0, len(para), step))
            continue
        if len(current) + len(para) + 2 > max_chars:
            chunks.append(current)
            current = current[-overlap:] + "\n\n" + para if overlap else para
        else:
            current = f"{current}\n\n{para}" if current else para
    if current:
        chunks.append(current)
    return chunks


def batched(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def truncate(text: str, limit: int = 12000, marker: str = "\n[...]\n") -> str:
    if len(text) <= limit:
        return text
    half = (limit - len(marker)) // 2
    return text[:half] + marker + text[-half:]


def join_nonempty(parts: Iterable[str], sep: str = "\n") -> str:
    return sep.join(p for p in parts if p)
