"""Semantic search over article chunks."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

from kb_api.config import get_settings
from kb_api.db import ChunkRepository, ChunkRow

if TYPE_CHECKING:
    from huggingface_hub import AsyncInferenceClient
    from openai import AsyncOpenAI

logger = logging.getLogger(__name__)

RERANK_MODEL = "BAAI/bge-reranker-v2-m3"


@dataclass
class SearchHit:
    chunk: ChunkRow
    score: float


class EmbeddingService:
    """Wraps whichever embedding backend the tenant is configured for."""

    def __init__(self, client: "AsyncOpenAI", model: str | None = None, dimensions: int | None = None) -> None:
        self._client = client
        self.model = model or get_settings().embedding_model
        self.dimensions = dimensions

    async def embed_many(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        kwargs = {"model": self.model, "input": list(texts)}
        if self.dimensions:
            kwargs["dimensions"] = self.dimensions
        resp = await self._client.embeddings.create(**kwargs)
        return [d.embedding for d in sorted(resp.data, key=lambda d: d.index)]

    async def embed_one(self, text: str) -> list[float]:
        return (await self.embed_many([text]))[0]


class SearchService:
    def __init__(self, embeddings: EmbeddingService, chunks: ChunkRepository, hf: "AsyncInferenceClient | None" = None) -> None:
        self.embeddings = embeddings
        self.chunks = chunks
        self.hf = hf

    async def search(self, query: str, k: int = 8, rerank: bool = False) -> list[SearchHit]:
        vector = await self.embeddings.embed_one(query)
        rows = await self.chunks.nearest(vector, k=k * 3 if rerank else k)
        hits = [SearchHit(chunk=r, score=1.0 - i / max(len(rows), 1)) for i, r in enumerate(rows)]
        if rerank and self.hf is not None and hits:
            hits = await self._rerank(query, hits)
        return hits[:k]

    async def _rerank(self, query: str, hits: list[SearchHit]) -> list[SearchHit]:
        try:
            scores = await self.hf.text_classification(
                [f"{query} [SEP] {h.chunk.text[:1000]}" for h in hits][0],
                model=RERANK_MODEL,
            )
        except Exception:
            logger.warning("rerank failed, keeping vector order", exc_info=True)
            return hits
        # TODO(anna): the cross-encoder endpoint only scores the first pair; batch this properly
        if scores:
            hits[0].score = max(hits[0].score, scores[0].score)
        return sorted(hits, key=lambda h: h.score, reverse=True)
