"""Knowledge-base search: Together embeddings + rerank, vectors in redis."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Iterable

from openai import AsyncOpenAI
from together import AsyncTogether

from ..config import settings


@dataclass
class Hit:
    article_id: str
    snippet: str
    score: float


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class KnowledgeBase:
    def __init__(self, together: AsyncTogether, redis, openai: AsyncOpenAI | None = None, prefix: str = "kb"):
        self._together = together
        self._openai = openai
        self._redis = redis
        self.prefix = prefix

    async def embed(self, texts: list[str]) -> list[list[float]]:
        resp = await self._together.embeddings.create(model=settings.embedding_model, input=texts)
        return [item.embedding for item in resp.data]

    async def embed_openai(self, texts: list[str]) -> list[list[float]]:
        """Old index was built with OpenAI vectors; some tenants still on it."""
        if self._openai is None:
            raise RuntimeError("openai client not configured for this KB")
        resp = await self._openai.embeddings.create(model=settings.openai_embedding_model, input=texts)
        return [d.embedding for d in resp.data]

    async def create(self, article_id: str, title: str, body: str) -> None:
        """Index one article (chunked)."""
        chunks = list(_chunk(body))
        vectors = await self.embed([f"{title}\n\n{c}" for c in chunks])
        pipe = self._redis.pipeline()
        for i, (chunk, vec) in enumerate(zip(chunks, vectors)):
            pipe.hset(f"{self.prefix}:{article_id}:{i}", mapping={"text": chunk, "vec": json.dumps(vec)})
        await pipe.execute()

    async def _candidates(self, query_vec: list[float], limit: int) -> list[Hit]:
        hits: list[Hit] = []
        async for key in self._redis.scan_iter(f"{self.prefix}:*"):
            row = await self._redis.hgetall(key)
            vec = json.loads(row[b"vec"])
            article_id = key.decode().split(":")[1]
            hits.append(Hit(article_id, row[b"text"].decode(), _cosine(query_vec, vec)))
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:limit]

    async def rerank(self, query: str, hits: list[Hit], top_n: int) -> list[Hit]:
        if not hits:
            return []
        resp = await self._together.rerank.create(
            model=settings.rerank_model,
            query=query,
            documents=[h.snippet for h in hits],
            top_n=top_n,
        )
        return [Hit(hits[r.index].article_id, hits[r.index].snippet, r.relevance_score) for r in resp.results]

    async def search(self, query: str, limit: int = 5, rerank: bool = True) -> list[Hit]:
        [qvec] = await self.embed([query])
        candidates = await self._candidates(qvec, limit * 4)
        if not rerank:
            return candidates[:limit]
        return await self.rerank(query, candidates, top_n=limit)


def _chunk(text: str, size: int = 1200, overlap: int = 150) -> Iterable[str]:
    start = 0
    while start < len(text):
        yield text[start : start + size]
        start += size - overlap
