from __future__ import annotations

from functools import lru_cache

import tiktoken


@lru_cache(maxsize=8)
def _encoding(model: str):
    try:
        return tiktoken.encoding_for_model(model)
    except KeyError:
        return tiktoken.get_encoding("o200k_base")


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    return len(_encoding(model).encode(text))


def truncate_to_tokens(text: str, limit: int, model: str = "gpt-4o-mini") -> str:
    enc = _encoding(model)
    ids = enc.encode(text)
    if len(ids) <= limit:
        return text
    return enc.decode(ids[:limit])


def chunk_text(text: str, size: int = 800, overlap: int = 100) -> list[str]:
    enc = _encoding("gpt-4o-mini")
    ids = enc.encode(text)
    chunks, start = [], 0
    while start < len(ids):
        chunks.append(enc.decode(ids[start : start + size]))
        start += size - overlap
    return chunks
