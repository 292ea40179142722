"""Embedding backends. Voyage is the default; Mistral/OpenAI kept for A/B runs."""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

import voyageai
from mistralai import Mistral
from openai import AsyncOpenAI


class Embedder(Protocol):
    model: str
    dimensions: int

    async def embed(self, texts: Sequence[str], *, query: bool = False) -> list[list[float]]: ...


class VoyageEmbedder:
    dimensions = 1024

    def __init__(self, client: voyageai.AsyncClient, model: str = "voyage-3") -> None:
        self.client = client
        self.model = model

    async def embed(self, texts: Sequence[str], *, query: bool = False) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), 128):
            batch = list(texts[i : i + 128])
            res = await self.client.embed(batch, model=self.model, input_type="query" if query else "document")
            out.extend(res.embeddings)
        return out


class MistralEmbedder:
    dimensions = 1024
    model = "mistral-embed"

    def __init__(self, client: Mistral) -> None:
        self.client = client

    async def embed(self, texts: Sequence[str], *, query: bool = False) -> list[list[float]]:
        res = await self.client.embeddings.create_async(model=self.model, inputs=list(texts))
        return [d.embedding for d in res.data]


class OpenAIEmbedder:
    def __init__(self, client: AsyncOpenAI, model: str = "text-embedding-3-small", dimensions: int = 1024) -> None:
        self.client = client
        self.model = model
        self.dimensions = dimensions

    async def embed(self, texts: Sequence[str], *, query: bool = False) -> list[list[float]]:
        res = await self.client.embeddings.create(model=self.model, input=list(texts), dimensions=self.dimensions)
        return [d.embedding for d in sorted(res.data, key=lambda d: d.index)]


class CachedEmbedder:
    """In-memory LRU-ish wrapper used by the API for repeated queries."""

    def __init__(self, inner: Embedder, max_items: int = 2048) -> None:
        self.inner = inner
        self.model = inner.model
        self.dimensions = inner.dimensions
        self._cache: dict[tuple[str, bool], list[float]] = {}
        self._max = max_items
        self._lock = asyncio.Lock()

    async def embed(self, texts: Sequence[str], *, query: bool = False) -> list[list[float]]:
        missing = [t for t in texts if (t, query) not in self._cache]
        if missing:
            vectors = await self.inner.embed(missing, query=query)
            async with self._lock:
                if len(self._cache) + len(missing) > self._max:
                    self._cache.clear()
                for t, v in zip(missing, vectors, strict=True):
                    self._cache[(t, query)] = v
        return [self._cache[(t, query)] for t in texts]


def make_embedder(kind: str, clients: dict[str, object]) -> Embedder:
    if kind == "voyage":
        return VoyageEmbedder(clients["voyage"])  # type: ignore[arg-type]
    if kind == "mistral":
        return MistralEmbedder(clients["mistral"])  # type: ignore[arg-type]
    if kind == "openai":
        return OpenAIEmbedder(clients["openai"])  # type: ignore[arg-type]
    raise ValueError(kind)
