"""Tiny semantic index over open buffers, used by "Ask about project"."""
from __future__ import annotations

import asyncio
import math
from dataclasses import dataclass, field
from typing import Dict, List, Sequence, Tuple

from . import clients
from .config import current

CHUNK_LINES = 40


@dataclass
class Chunk:
    path: str
    start_line: int
    text: str
    vector: List[float] = field(default_factory=list)


def chunk_text(path: str, text: str, size: int = CHUNK_LINES) -> List[Chunk]:
    lines = text.splitlines()
    return [
        Chunk(path=path, start_line=i + 1, text="\n".join(lines[i : i + size]))
        for i in range(0, len(lines), size)
        if any(l.strip() for l in lines[i : i + size])
    ]


def embed_texts(texts: Sequence[str]) -> List[List[float]]:
    if not texts:
        return []
    resp = clients.get_openai().embeddings.create(model=current().embedding_model, input=list(texts))
    return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]


async def embed_texts_async(texts: Sequence[str]) -> List[List[float]]:
    client = clients.get_openai()
    resp = await asyncio.to_thread(
        client.embeddings.create, model=current().embedding_model, input=list(texts)
    )
    return [d.embedding for d in resp.data]


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class BufferIndex:
    def __init__(self):
        self._chunks: Dict[str, List[Chunk]] = {}

    def update(self, path: str, text: str) -> int:
        chunks = chunk_text(path, text)
        for chunk, vec in zip(chunks, embed_texts([c.text for c in chunks])):
            chunk.vector = vec
        self._chunks[path] = chunks
        return len(chunks)

    def drop(self, path: str) -> None:
        self._chunks.pop(path, None)

    def search(self, query: str, k: int = 5) -> List[Tuple[float, Chunk]]:
        qv = embed_texts([query])[0]
        scored = [(_cosine(qv, c.vector), c) for cs in self._chunks.values() for c in cs]
        scored.sort(key=lambda t: t[0], reverse=True)
        return scored[:k]
