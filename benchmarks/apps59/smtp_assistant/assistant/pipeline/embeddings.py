"""Embeddings for duplicate detection and "similar past emails" in the UI."""
from __future__ import annotations

import asyncio
import logging
import math

from assistant.config import get_settings
from assistant.llm import get_async_openai_client, get_gemini_client, make_async_hf_client

log = logging.getLogger(__name__)


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Embedder:
    """Provider chosen by config; vectors from different providers are never mixed."""

    def __init__(self, provider: str = "openai"):
        self.provider = provider
        self.settings = get_settings()

    async def embed(self, texts: list[str]) -> list[list[float]]:
        if self.provider == "openai":
            client = get_async_openai_client()
            resp = await client.embeddings.create(model=self.settings.embedding_model, input=texts)
            return [d.embedding for d in resp.data]
        if self.provider == "google":
            gclient = get_gemini_client()
            result = await asyncio.to_thread(
                gclient.models.embed_content, model="text-embedding-004", contents=texts
            )
            return [e.values for e in result.embeddings]
        if self.provider == "huggingface":
            hf = make_async_hf_client(self.settings.hf_embedding_model)
            vectors = []
            for t in texts:
                arr = await hf.feature_extraction(t)
                vectors.append(arr.tolist())
            return vectors
        raise ValueError(f"unknown embedding provider {self.provider}")


class SimilarityIndex:
    def __init__(self, embedder: Embedder):
        self.embedder = embedder
        self._items: list[tuple[str, list[float]]] = []

    async def add(self, key: str, text: str) -> None:
        [vec] = await self.embedder.embed([text])
        self._items.append((key, vec))

    async def nearest(self, text: str, k: int = 5) -> list[tuple[str, float]]:
        [vec] = await self.embedder.embed([text])
        scored = [(key, cosine(vec, v)) for key, v in self._items]
        return sorted(scored, key=lambda kv: kv[1], reverse=True)[:k]
