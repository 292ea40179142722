from __future__ import annotations

import math
from functools import lru_cache

from sqlalchemy import select

from app.config import settings
from app.db.models import chunks
from app.db.session import engine
from app.llm import get_cohere_client, get_voyage_client


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Retriever:
    def __init__(self, voyage=None, cohere_client=None, rerank_with: str = "voyage"):
        self.voyage = voyage or get_voyage_client()
        self.co = cohere_client or get_cohere_client()
        self.rerank_with = rerank_with

    def _candidates(self, doc_id: str | None, limit: int = 400) -> list[dict]:
        q = select(chunks.c.id, chunks.c.text, chunks.c.embedding).limit(limit)
        if doc_id:
            q = q.where(chunks.c.document_id == doc_id)
        with engine.connect() as conn:
            return [dict(r) for r in conn.execute(q).mappings()]

    def search(self, query: str, doc_id: str | None = None, top_k: int = 6) -> list[str]:
        qvec = self.voyage.embed([query], model=settings.embed_model, input_type="query").embeddings[0]
        cands = self._candidates(doc_id)
        cands.sort(key=lambda c: _cosine(qvec, c["embedding"] or []), reverse=True)
        shortlist = [c["text"] for c in cands[: top_k * 4]]
        if not shortlist:
            return []
        return self.rerank(query, shortlist, top_k)

    def rerank(self, query: str, docs: list[str], top_k: int) -> list[str]:
        if self.rerank_with == "cohere":
            resp = self.co.rerank(model=settings.rerank_model, query=query, documents=docs, top_n=top_k)
            return [docs[r.index] for r in resp.results]
        reranking = self.voyage.rerank(query, docs, model="rerank-2", top_k=top_k)
        return [r.document for r in reranking.results]


@lru_cache(maxsize=1)
def get_retriever() -> Retriever:
    return Retriever()
