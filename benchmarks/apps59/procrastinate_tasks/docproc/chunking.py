"""Token-aware chunking. No model calls in here, only tiktoken."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import tiktoken

_PARA_RE = re.compile(r"\n\s*\n")


@functools.lru_cache(maxsize=4)
def _encoding(name: str = "cl100k_base") -> tiktoken.Encoding:
    return tiktoken.get_encoding(name)


def count_tokens(text: str) -> int:
    return len(_encoding().encode(text))


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARA_RE.split(text) if p.strip()]


def chunk_text(text: str, max_tokens: int = 1800, overlap: int = 100) -> Iterator[str]:
    enc = _encoding()
    buf: list[str] = []
    buf_tokens = 0
    for para in split_paragraphs(text):
        n = len(enc.encode(para))
        if n > max_tokens:
            # hard split very long paragraphs
            toks = enc.encode(para)
            for start in range(0, len(toks), max_tokens - overlap):
                yield enc.decode(toks[start : start + max_tokens])
            continue
        if buf_tokens + n > max_tokens and buf:
            yield "\n\n".join(buf)
            buf, buf_tokens = [], 0
        buf.append(para)
        buf_tokens += n
    if buf:
        yield "\n\n".join(buf)


def truncate(text: str, max_tokens: int) -> str:
    enc = _encoding()
    toks = enc.encode(text)
    if len(toks) <= max_tokens:
        return text
    return enc.decode(toks[:max_tokens])
