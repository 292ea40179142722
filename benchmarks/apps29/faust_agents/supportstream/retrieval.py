"""Knowledge-base retrieval: vector search in pgvector + rerank.

The KnowledgeBase object is built once per worker (see ``get_kb``) from the
clients the ProviderService created.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Sequence

import asyncpg

from supportstream.config import settings

log = logging.getLogger(__name__)


@dataclass
class Snippet:
    id: str
    title: str
    text: str
    score: float = 0.0

    def as_dict(self) -> dict:
        return {"id": self.id, "title": self.title, "text": self.text}


class KnowledgeBase:
    def __init__(self, voyage_client: Any, cohere_client: Any, dsn: str, reranker: str = "cohere") -> None:
        self._voyage = voyage_client
        self._cohere = cohere_client
        self._dsn = dsn
        self._pool: asyncpg.Pool | None = None
        self.reranker = reranker

    async def _conn(self) -> asyncpg.Pool:
        if self._pool is None:
            self._pool = await asyncpg.create_pool(self._dsn, min_size=1, max_size=4)
        return self._pool

    async def embed_query(self, query: str) -> list[float]:
        result = await self._voyage.embed([query], model=settings.embed_model, input_type="query")
        return result.embeddings[0]

    async def _vector_search(self, vector: Sequence[float], limit: int) -> list[Snippet]:
        pool = await self._conn()
        rows = await pool.fetch(
            "SELECT id, title, body FROM kb_articles ORDER BY embedding <=> $1 LIMIT $2",
            list(vector),
            limit,
        )
        return [Snippet(id=r["id"], title=r["title"], text=r["body"]) for r in rows]

    async def rerank(self, query: str, candidates: list[Snippet], top_n: int) -> list[Snippet]:
        if not candidates:
            return []
        docs = [f"{c.title}\n{c.text}" for c in candidates]
        if self.reranker == "voyage":
            rr = await self._voyage.rerank(query, docs, model="rerank-2", top_k=top_n)
            return [
                Snippet(**{**candidates[r.index].__dict__, "score": r.relevance_score})
                for r in rr.results
            ]
        rr = await self._cohere.rerank(
            model=settings.rerank_model,
            query=query,
            documents=docs,
            top_n=top_n,
        )
        return [
            Snippet(**{**candidates[r.index].__dict__, "score": r.relevance_score})
            for r in rr.results
        ]

    async def search(self, query: str, top_n: int = 4) -> list[Snippet]:
        vector = await self.embed_query(query)
        candidates = await self._vector_search(vector, limit=top_n * 5)
        return await self.rerank(query, candidates, top_n)


_kb: KnowledgeBase | None = None


def get_kb() -> KnowledgeBase:
    global _kb
    if _kb is None:
        from supportstream.app import app

        _kb = KnowledgeBase(
            voyage_client=app.clients.voyage,
            cohere_client=app.clients.cohere,
            dsn="postgresql://kb@kb-db.internal/kb",
        )
    return _kb
