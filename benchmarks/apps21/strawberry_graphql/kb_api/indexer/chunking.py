"""Markdown-aware chunking. No model calls in here."""
from __future__ import annotations

import re
from dataclasses import dataclass

HEADING = re.compile(r"^(#{1,6})\s+(.*)$", re.MULTILINE)


@dataclass
class Chunk:
    heading: str
    text: str

    def render(self) -> str:
        return f"{self.heading}\n\n{self.text}" if self.heading else self.text


def approx_tokens(text: str) -> int:
    # ~4 chars per token for English; good enough for sizing chunks
    return max(1, len(text) // 4)


def split_markdown(body: str, max_tokens: int = 400, overlap: int = 40) -> list[Chunk]:
    sections: list[tuple[str, str]] = []
    last, heading = 0, ""
    for m in HEADING.finditer(body):
        if m.start() > last:
            sections.append((heading, body[last : m.start()].strip()))
        heading, last = m.group(2).strip(), m.end()
    sections.append((heading, body[last:].strip()))

    chunks: list[Chunk] = []
    for heading, text in sections:
        if not text:
            continue
        words = text.split()
        step = max_tokens * 3 // 4
        if approx_tokens(text) <= max_tokens:
            chunks.append(Chunk(heading, text))
            continue
        for i in range(0, len(words), max(step - overlap, 1)):
            piece = " ".join(words[i : i + step])
            if piece:
                chunks.append(Chunk(heading, piece))
    return chunks
