"""Text helpers: chunking, token estimates, progress reporting."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator, List, Sequence, TypeVar

import tiktoken

T = TypeVar("T")

_WS = re.compile(r"\s+")


@lru_cache(maxsize=4)
def _encoding(name: str = "o200k_base"):
    return tiktoken.get_encoding(name)


def count_tokens(text: str, encoding: str = "o200k_base") -> int:
    return len(_encoding(encoding).encode(text))


def normalise(text: str) -> str:
    return _WS.sub(" ", text).strip()


def truncate_tokens(text: str, limit: int, encoding: str = "o200k_base") -> str:
    enc = _encoding(encoding)
    tokens = enc.encode(text)
    if len(tokens) <= limit:
        return text
    return enc.decode(tokens[:limit])


def batched(items: Sequence[T], size: int) -> Iterator[List[T]]:
    for start in range(0, len(items), size):
        yield list(items[start : start + size])


def chunk_words(text: str, max_words: int = 350, overlap: int = 40) -> List[str]:
    words = normalise(text).split(" ")
    if len(words) <= max_words:
        return [" ".join(words)] if words and words[0] else []
    chunks, step = [], max_words - overlap
    for start in range(0, len(words), step):
        chunks.append(" ".join(words[start : start + max_words]))
        if start + max_words >= len(words):
            break
    return chunks


def completion(done: int, total: int) -> float:
    """Fraction of work completed, clamped to [0, 1]."""
    if total <= 0:
        return 1.0
    return max(0.0, min(1.0, done / total))


def join_nonempty(parts: Iterable[str], sep: str = "\n\n") -> str:
    return sep.join(p for p in parts if p and p.strip())
