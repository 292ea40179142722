from __future__ import annotations

import re
from typing import Iterable, Iterator

import tiktoken

_ENC = None


def _encoder():
    global _ENC
    if _ENC is None:
        _ENC = tiktoken.get_encoding("cl100k_base")
    return _ENC


def count_tokens(text: str) -> int:
    return len(_encoder().encode(text))


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def chunk_text(text: str, max_tokens: int = 400, overlap: int = 50) -> Iterator[str]:
    enc = _encoder()
    toks = enc.encode(text)
    step = max(1, max_tokens - overlap)
    for start in range(0, len(toks), step):
        yield enc.decode(toks[start : start + max_tokens])


def chunk_documents(docs: Iterable[tuple[str, str]], max_tokens: int = 400) -> Iterator[tuple[str, str]]:
    for doc_id, text in docs:
        for i, chunk in enumerate(chunk_text(text, max_tokens=max_tokens)):
            yield f"{doc_id}#{i}", chunk
