"""Embedding + rerank helpers and the in-process vector index (pgvector in prod)."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

from google.genai import types as genai_types

from app.config import get_settings
from services.clients import get_genai, get_openai, get_together


async def embed_openai(texts: Sequence[str]) -> list[list[float]]:
    resp = await get_openai().embeddings.create(
        model=get_settings().embedding_model, input=list(texts)
    )
    return [d.embedding for d in resp.data]


async def embed_gemini(texts: Sequence[str]) -> list[list[float]]:
    client = get_genai()
    resp = await client.aio.models.embed_content(
        model="text-embedding-004",
        contents=list(texts),
        config=genai_types.EmbedContentConfig(task_type="RETRIEVAL_DOCUMENT"),
    )
    return [e.values for e in resp.embeddings]


async def rerank(query: str, documents: list[str], top_n: int = 5) -> list[int]:
    together = get_together()
    result = await together.rerank.create(
        model=get_settings().together_rerank_model,
        query=query,
        documents=documents,
        top_n=top_n,
    )
    return [r.index for r in result.results]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@dataclass
class Collection:
    name: str
    dim: int
    vectors: dict[str, list[float]] = field(default_factory=dict)
    payloads: dict[str, dict] = field(default_factory=dict)

    def upsert(self, key: str, vector: list[float], payload: dict | None = None) -> None:
        if len(vector) != self.dim:
            raise ValueError(f"expected dim {self.dim}, got {len(vector)}")
        self.vectors[key] = vector
        self.payloads[key] = payload or {}

    def search(self, vector: list[float], top_k: int = 5) -> list[tuple[str, float]]:
        scored = [(k, cosine(vector, v)) for k, v in self.vectors.items()]
        scored.sort(key=lambda kv: kv[1], reverse=True)
        return scored[:top_k]


class VectorStore:
    def __init__(self) -> None:
        self._collections: dict[str, Collection] = {}

    def create(self, name: str, dim: int = 1536) -> Collection:
        """Create (or return) a collection. Not a model call."""
        if name not in self._collections:
            self._collections[name] = Collection(name=name, dim=dim)
        return self._collections[name]

    def get(self, name: str) -> Collection:
        return self._collections[name]


store = VectorStore()
