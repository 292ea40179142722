"""Text utilities: HTML stripping, chunking, PII redaction."""
from __future__ import annotations

import hashlib
import html
import re
from typing import Iterator

_TAG_RE = re.compile(r"<[^>]+>")
_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_PHONE_RE = re.compile(r"\+?\d[\d\s().-]{7,}\d")


def strip_html(raw: str) -> str:
    return html.unescape(_TAG_RE.sub(" ", raw or "")).strip()


def redact(text: str) -> str:
    text = _EMAIL_RE.sub("[email]", text or "")
    return _PHONE_RE.sub("[phone]", text)


def chunk_text(text: str, size: int = 1200, overlap: int = 150) -> Iterator[tuple[int, str]]:
    if size <= overlap:
        raise ValueError("chunk size must exceed overlap")
    start, idx = 0, 0
    while start < len(text):
        yield idx, text[start : start + size]
        idx += 1
        start += size - overlap


def content_hash(*parts: str) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(p.encode("utf-8"))
    return h.hexdigest()
