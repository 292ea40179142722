"""Knowledge-base retrieval: vector search in pgvector, then Cohere rerank."""
from __future__ import annotations

from dataclasses import dataclass

from ..clients import cohere_client
from ..repositories import ArticleRepository
from .embeddings import EmbeddingService


@dataclass
class Hit:
    article_id: str
    title: str
    snippet: str
    score: float


class KnowledgeBase:
    def __init__(self, repo: ArticleRepository, embedder: EmbeddingService) -> None:
        self.repo = repo
        self.embedder = embedder

    async def search(self, query: str, k: int = 20, top_n: int = 5) -> list[Hit]:
        [qvec] = await self.embedder.embed([query], for_query=True)
        candidates = await self.repo.nearest(qvec, k=k)
        if not candidates:
            return []
        co = cohere_client()
        reranked = await co.rerank(
            model="rerank-english-v3.0",
            query=query,
            documents=[c.body for c in candidates],
            top_n=top_n,
        )
        return [
            Hit(candidates[r.index].id, candidates[r.index].title,
                candidates[r.index].body[:280], r.relevance_score)
            for r in reranked.results
        ]

    async def answer(self, question: str) -> dict:
        hits = await self.search(question)
        docs = [{"id": h.article_id, "data": {"title": h.title, "snippet": h.snippet}} for h in hits]
        resp = await cohere_client().chat(
            model="command-r-plus-08-2024",
            messages=[{"role": "user", "content": question}],
            documents=docs,
        )
        return {
            "answer": resp.message.content[0].text,
            "citations": [c.model_dump() for c in (resp.message.citations or [])],
        }
