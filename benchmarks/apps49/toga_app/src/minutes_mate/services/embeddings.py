"""Semantic search over past meetings.

Embeddings come from OpenAI when a key is configured, otherwise from the
local Ollama server (nomic-embed-text).
"""
from __future__ import annotations

import logging
import math

from minutes_mate.services import get_async_ollama_client, get_openai_client
from minutes_mate.config import load_settings

log = logging.getLogger(__name__)

OPENAI_EMBED_MODEL = "text-embedding-3-small"
OLLAMA_EMBED_MODEL = "nomic-embed-text"


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class EmbeddingIndex:
    def __init__(self, store, use_local: bool | None = None):
        self.store = store
        if use_local is None:
            use_local = not load_settings().key_for("openai")
        self.use_local = use_local

    def embed_openai(self, texts: list[str]) -> list[list[float]]:
        client = get_openai_client()
        resp = client.embeddings.create(model=OPENAI_EMBED_MODEL, input=texts)
        return [d.embedding for d in resp.data]

    async def embed_local(self, texts: list[str]) -> list[list[float]]:
        client = get_async_ollama_client()
        resp = await client.embed(model=OLLAMA_EMBED_MODEL, input=texts)
        return list(resp["embeddings"])

    async def index_meeting(self, meeting_id: int, chunks: list[str]) -> None:
        if self.use_local:
            vectors = await self.embed_local(chunks)
        else:
            vectors = self.embed_openai(chunks)
        self.store.save_vectors(meeting_id, list(zip(chunks, vectors)))

    async def search(self, query: str, k: int = 5) -> list[tuple[float, int, str]]:
        if self.use_local:
            (qv,) = await self.embed_local([query])
        else:
            (qv,) = self.embed_openai([query])
        scored = [
            (cosine(qv, vec), meeting_id, chunk)
            for meeting_id, chunk, vec in self.store.iter_vectors()
        ]
        scored.sort(reverse=True)
        return scored[:k]
