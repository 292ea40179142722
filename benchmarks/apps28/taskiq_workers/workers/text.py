"""Text utilities: chunking, cleanup, prompt snippets."""

from __future__ import annotations

import re
from typing import Iterable, Iterator

_WS = re.compile(r"[ \t]+")
_FILLERS = re.compile(r"\b(um+|uh+|you know|sort of|kind of)\b[,]?\s*", re.IGNORECASE)
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n")
    text = _WS.sub(" ", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def strip_fillers(transcript: str) -> str:
    return _FILLERS.sub("", transcript)


def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in normalise(text).split("\n\n") if p.strip()]


def chunk_text(text: str, max_chars: int = 3200, overlap: int = 200) -> list[str]:
    """Greedy paragraph packing, falls back to hard splits for very long paragraphs."""
    out: list[str] = []
    buf = ""
    for para in paragraphs(text):
        if len(para) > max_chars:
            if buf:
                out.append(buf)
                buf = ""
            for i in range(0, len(para), max_chars - overlap):
                out.append(para[i : i + max_chars])
            continue
        if len(buf) + len(para) + 2 > max_chars:
            out.append(buf)
            tail = buf[-overlap:] if overlap else ""
            buf = (tail + "\n\n" + para).strip()
        else:
            buf = (buf + "\n\n" + para).strip()
    if buf:
        out.append(buf)
    return out


def batched(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def headings(markdown: str) -> list[str]:
    return [line[_HEADING.match(line).end():] for line in markdown.splitlines() if _HEADING.match(line)]


def bullet_list(items: Iterable[str]) -> str:
    return "\n".join(f"- {i}" for i in items)


LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "pt": "Portuguese",
    "fr": "French",
    "de": "German",
    "id": "Indonesian",
    "vi": "Vietnamese",
    "ja": "Japanese",
}
