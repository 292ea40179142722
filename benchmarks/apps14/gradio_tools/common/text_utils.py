from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator, List

import tiktoken


@lru_cache(maxsize=4)
def _encoding(name: str = "o200k_base"):
    return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    """Rough token count; good enough for chunking and for the 'too long' guard."""
    return len(_encoding().encode(text, disallowed_special=()))


def chunk_by_tokens(text: str, max_tokens: int = 3000, overlap: int = 200) -> List[str]:
    enc = _encoding()
    ids = enc.encode(text, disallowed_special=())
    if len(ids) <= max_tokens:
        return [text]
    chunks = []
    step = max_tokens - overlap
    for start in range(0, len(ids), step):
        chunks.append(enc.decode(ids[start:start + max_tokens]))
    return chunks


def paragraphs(text: str) -> Iterator[str]:
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if para:
            yield para


def strip_code_fences(s: str) -> str:
    s = s.strip()
    if s.startswith("```"):
        s = re.sub(r"^```[a-zA-Z]*\n?", "", s)
        s = re.sub(r"\n?```$", "", s)
    return s.strip()
