"""Knowledge-base retrieval for suggested answers: embed, ANN search, rerank."""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

import numpy as np

from app.providers import get_openai

logger = logging.getLogger(__name__)


@dataclass
class Article:
    id: str
    title: str
    body: str
    url: str
    score: float = 0.0


class KnowledgeBase:
    def __init__(self, cohere_client, embed_model: str, rerank_model: str) -> None:
        self.co = cohere_client
        self.embed_model = embed_model
        self.rerank_model = rerank_model
        self._articles: list[Article] = []
        self._matrix: np.ndarray | None = None
        self._lock = asyncio.Lock()

    async def load(self, articles: list[Article]) -> None:
        async with self._lock:
            vectors = await self._embed_documents([f"{a.title}\n{a.body}" for a in articles])
            self._articles = articles
            self._matrix = np.asarray(vectors, dtype=np.float32)

    async def _embed_documents(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), 96):
            res = await get_openai().embeddings.create(
                model=self.embed_model, input=texts[i:i + 96]
            )
            out.extend(d.embedding for d in res.data)
        return out

    async def _embed_query(self, text: str) -> np.ndarray:
        res = await get_openai().embeddings.create(model=self.embed_model, input=[text])
        return np.asarray(res.data[0].embedding, dtype=np.float32)

    async def search(self, query: str, k: int = 20, top_n: int = 4) -> list[Article]:
        if self._matrix is None or not self._articles:
            return []
        q = await self._embed_query(query)
        sims = self._matrix @ q / (np.linalg.norm(self._matrix, axis=1) * np.linalg.norm(q) + 1e-9)
        candidates = [self._articles[i] for i in np.argsort(-sims)[:k]]
        reranked = await self.co.rerank(
            model=self.rerank_model,
            query=query,
            documents=[f"{a.title}\n{a.body[:2000]}" for a in candidates],
            top_n=top_n,
        )
        hits = []
        for r in reranked.results:
            art = candidates[r.index]
            art.score = r.relevance_score
            hits.append(art)
        return hits

    async def embed_with_cohere(self, texts: list[str]) -> list[list[float]]:
        # experiment from the multilingual KB spike; not wired in yet
        res = await self.co.embed(
            texts=texts,
            model="embed-multilingual-v3.0",
            input_type="search_document",
            embedding_types=["float"],
        )
        return res.embeddings.float_
