from __future__ import annotations

import re

_SENT = re.compile(r"(?<=[.!?])\s+")


def chunk_text(text: str, max_chars: int = 8000, overlap: int = 200) -> list[str]:
    if len(text) <= max_chars:
        return [text]
    sentences = _SENT.split(text)
    chunks, cur = [], ""
    for s in sentences:
        if len(cur) + len(s) + 1 > max_chars and cur:
            chunks.append(cur)
            cur = cur[-overlap:] if overlap else ""
        cur = f"{cur} {s}".strip()
    if cur:
        chunks.append(cur)
    return chunks


def format_timestamp(seconds: float) -> str:
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h:d}:{m:02d}:{s:02d}" if h else f"{m:d}:{s:02d}"


def speaker_lines(segments) -> str:
    return "\n".join(f"[{format_timestamp(s.start)}] {s.text}" for s in segments)
