"""Embeddings for near-duplicate detection and semantic search over the crawled catalogue."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence

import voyageai

from product_crawler.llm.clients import get_async_voyage_client, get_openai_client, get_voyage_client

logger = logging.getLogger(__name__)

VOYAGE_BATCH = 128


class VoyageEmbedder:
    def __init__(self, client: voyageai.Client | None = None, model: str = "voyage-3") -> None:
        self.client = client or get_voyage_client()
        self.model = model

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), VOYAGE_BATCH):
            batch = list(texts[start : start + VOYAGE_BATCH])
            result = self.client.embed(batch, model=self.model, input_type="document")
            vectors.extend(result.embeddings)
            logger.debug("voyage batch %d tokens=%d", start, result.total_tokens)
        return vectors

    def embed_query(self, query: str) -> list[float]:
        return self.client.embed([query], model=self.model, input_type="query").embeddings[0]

    def token_budget(self, texts: Sequence[str]) -> int:
        # local tokenizer, no request billed
        return self.client.count_tokens(list(texts), model=self.model)


async def embed_async(texts: list[str], model: str = "voyage-3") -> list[list[float]]:
    client = get_async_voyage_client()
    result = await client.embed(texts, model=model, input_type="document", truncation=True)
    return result.embeddings


def rerank_candidates(query: str, documents: list[str], top_k: int = 5) -> list[tuple[int, float]]:
    vo = get_voyage_client()
    reranking = vo.rerank(query, documents, model="rerank-2", top_k=top_k)
    return [(r.index, r.relevance_score) for r in reranking.results]


async def openai_embed_in_thread(texts: list[str], model: str = "text-embedding-3-small") -> list[list[float]]:
    """Older path kept for the search index, which was built with OpenAI vectors."""
    client = get_openai_client()
    response = await asyncio.to_thread(client.embeddings.create, input=texts, model=model)
    return [d.embedding for d in response.data]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0


class AsyncReranker:
    """Async rerank used by the search API sidecar (imports this package)."""

    def __init__(self, model: str = "rerank-2", top_k: int = 10) -> None:
        self.client = get_async_voyage_client()
        self.model = model
        self.top_k = top_k

    async def rerank(self, query: str, documents: list[str]) -> list[int]:
        if not documents:
            return []
        result = await self.client.rerank(query=query, documents=documents, model=self.model, top_k=self.top_k)
        return [r.index for r in result.results]
