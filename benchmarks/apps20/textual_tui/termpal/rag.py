"""A tiny in-memory document index for "ask my notes" in the chat screen."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHUNK_CHARS = 1200
BATCH = 32


@dataclass
class Chunk:
    source: str
    text: str
    vector: list[float] | None = None


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def chunk_text(text: str, size: int = CHUNK_CHARS) -> list[str]:
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    chunks, current = [], ""
    for p in paragraphs:
        if len(current) + len(p) > size and current:
            chunks.append(current)
            current = ""
        current = f"{current}\n\n{p}" if current else p
    if current:
        chunks.append(current)
    return chunks


class DocIndex:
    """``embed_fn`` is called with ``inputs=[...]`` and must return an object with
    ``.data[i].embedding`` (the shape of the Mistral / OpenAI embeddings APIs)."""

    def __init__(self, embed_fn: Callable[..., Any]) -> None:
        self._embed_fn = embed_fn
        self.chunks: list[Chunk] = []

    def load_dir(self, directory: Path) -> int:
        if not directory.is_dir():
            return 0
        new: list[Chunk] = []
        for path in sorted(directory.glob("**/*.md")):
            for piece in chunk_text(path.read_text(errors="ignore")):
                new.append(Chunk(source=str(path.relative_to(directory)), text=piece))
        self._embed_chunks(new)
        self.chunks.extend(new)
        return len(new)

    def _embed_chunks(self, chunks: list[Chunk]) -> None:
        for start in range(0, len(chunks), BATCH):
            batch = chunks[start : start + BATCH]
            resp = self._embed_fn(inputs=[c.text for c in batch])
            for chunk, item in zip(batch, resp.data):
                chunk.vector = item.embedding

    def search(self, query_vector: list[float], k: int = 4) -> list[Chunk]:
        scored = [(c, _cosine(query_vector, c.vector)) for c in self.chunks if c.vector]
        scored.sort(key=lambda pair: pair[1], reverse=True)
        return [c for c, _ in scored[:k]]

    def query(self, text: str, k: int = 4) -> list[Chunk]:
        vector = self._embed_fn(inputs=[text]).data[0].embedding
        return self.search(vector, k)

    def __len__(self) -> int:
        return len(self.chunks)
