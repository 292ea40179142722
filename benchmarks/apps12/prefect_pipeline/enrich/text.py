from __future__ import annotations

import itertools
import re
import unicodedata
from typing import Iterable, Iterator, List, Sequence, TypeVar

T = TypeVar("T")

_WS = re.compile(r"\s+")
_HTML_TAG = re.compile(r"<[^>]+>")


def normalize_whitespace(text: str) -> str:
    return _WS.sub(" ", text or "").strip()


def strip_html(text: str) -> str:
    return normalize_whitespace(_HTML_TAG.sub(" ", text or ""))


def clean(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "")
    return strip_html(text)


def truncate(text: str, max_chars: int = 6000) -> str:
    if len(text) <= max_chars:
        return text
    cut = text[:max_chars]
    last_stop = cut.rfind(". ")
    if last_stop > max_chars * 0.7:
        cut = cut[: last_stop + 1]
    return cut


def batched(items: Iterable[T], size: int) -> Iterator[List[T]]:
    it = iter(items)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def chunk_document(text: str, max_chars: int = 2000, overlap: int = 200) -> List[str]:
    text = normalize_whitespace(text)
    if len(text) <= max_chars:
        return [text] if text else []
    chunks: List[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + max_chars)
        chunks.append(text[start:end])
        if end == len(text):
            break
        start = end - overlap
    return chunks


def first_json_object(text: str) -> str:
    """Models sometimes wrap JSON in prose or code fences; grab the object."""
    start = text.find("{")
    end = text.rfind("}")
    if start == -1 or end <= start:
        return text
    return text[start : end + 1]


def join_nonempty(parts: Sequence[str], sep: str = "\n") -> str:
    return sep.join(p for p in parts if p)
