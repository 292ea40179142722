"""Chunk embeddings (Voyage) and the Together fallback."""
from __future__ import annotations

import asyncio
import logging
from typing import Sequence

import voyageai
from django.conf import settings

from ai.clients import get_async_voyage_client, get_together_client, get_voyage_client
from articles.utils import chunk_text

logger = logging.getLogger(__name__)

MAX_BATCH = 128
TOGETHER_EMBEDDING_MODEL = "togethercomputer/m2-bert-80M-8k-retrieval"


class EmbeddingService:
    def __init__(self, client: voyageai.Client | None = None, model: str | None = None):
        self._client = client
        self.model = model or settings.EMBEDDING_MODEL

    @property
    def client(self) -> voyageai.Client:
        if self._client is None:
            self._client = get_voyage_client()
        return self._client

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), MAX_BATCH):
            batch = list(texts[start : start + MAX_BATCH])
            result = self.client.embed(batch, model=self.model, input_type="document")
            vectors.extend(result.embeddings)
        return vectors

    def token_budget(self, texts: Sequence[str]) -> int:
        return self.client.count_tokens(list(texts), model=self.model)

    def chunks_for(self, article) -> list[str]:
        return chunk_text(article.body)


def embed_query(query: str, client: voyageai.Client | None = None) -> list[float]:
    client = client or get_voyage_client()
    result = client.embed([query], model=settings.EMBEDDING_MODEL, input_type="query")
    return result.embeddings[0]


async def embed_many_async(texts: list[str]) -> list[list[float]]:
    client = get_async_voyage_client()
    result = await client.embed(texts, model=settings.EMBEDDING_MODEL, input_type="document")
    return result.embeddings


async def embed_in_thread(texts: list[str]) -> list[list[float]]:
    client = get_voyage_client()
    result = await asyncio.to_thread(
        client.embed, texts, model=settings.EMBEDDING_MODEL, input_type="document"
    )
    return result.embeddings


def embed_with_together(texts: list[str]) -> list[list[float]]:
    """Fallback while Voyage had the outage in March. Different vector space:
    only used for the experimental 'related articles' widget."""
    response = get_together_client().embeddings.create(
        model=TOGETHER_EMBEDDING_MODEL,
        input=texts,
    )
    return [item.embedding for item in response.data]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0
