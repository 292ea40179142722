"""Semantic search over matter documents.

Cloud embeddings by default; switches to the local Ollama model when the
matter is flagged privileged (client data must not leave the laptop).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from counseldesk import services
from counseldesk.config import get_settings

LOCAL_EMBED_MODEL = "nomic-embed-text"


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


def embed_texts(texts: list[str], privileged: bool = False) -> list[list[float]]:
    if not texts:
        return []
    if privileged:
        resp = services.get_ollama_client().embed(model=LOCAL_EMBED_MODEL, input=texts)
        return [list(v) for v in resp.embeddings]
    client = services.get_openai_client()
    resp = client.embeddings.create(model=get_settings().embedding_model, input=texts)
    return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]


@dataclass
class DocChunk:
    doc_id: str
    text: str
    vector: list[float] = field(default_factory=list)


class EmbeddingIndex:
    """In-memory index; good enough for a few thousand chunks per matter."""

    def __init__(self, privileged: bool = False) -> None:
        self.privileged = privileged
        self._chunks: list[DocChunk] = []

    def __len__(self) -> int:
        return len(self._chunks)

    def add(self, doc_id: str, texts: list[str]) -> None:
        vectors = embed_texts(texts, privileged=self.privileged)
        self._chunks.extend(DocChunk(doc_id, t, v) for t, v in zip(texts, vectors))

    def search(self, query: str, k: int = 5) -> list[tuple[float, DocChunk]]:
        [qv] = embed_texts([query], privileged=self.privileged)
        scored = [(cosine(qv, c.vector), c) for c in self._chunks]
        scored.sort(key=lambda pair: pair[0], reverse=True)
        return scored[:k]
