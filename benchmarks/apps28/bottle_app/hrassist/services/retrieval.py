"""Retrieval over policy chunks.

Brute-force cosine over the sqlite chunk table (a few thousand rows, fine),
then an optional rerank pass.  Rerank moved from Cohere to watsonx in 2024
when the IBM contract came in; the Cohere path is kept for the /api/v1
search endpoint which still uses it explicitly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from hrassist.services.embeddings import Embedder, cosine

log = logging.getLogger(__name__)


@dataclass
class Hit:
    chunk: dict
    score: float


class Retriever:
    def __init__(self, store, embedder: Embedder, reranker=None, top_k: int = 6):
        self.store = store
        self.embedder = embedder
        self.reranker = reranker
        self.top_k = top_k
        self._cache: list[dict] | None = None

    def invalidate(self) -> None:
        self._cache = None

    def _chunks(self) -> list[dict]:
        if self._cache is None:
            self._cache = [c for c in self.store.all_chunks() if c.get("embedding")]
        return self._cache

    def search(self, query: str, lang: str | None = None) -> list[Hit]:
        qvec = self.embedder.embed_one(query)
        candidates = self._chunks()
        if lang:
            candidates = [c for c in candidates if c.get("lang") in (lang, None)]
        scored = sorted(
            (Hit(c, cosine(qvec, c["embedding"])) for c in candidates),
            key=lambda h: h.score,
            reverse=True,
        )[: self.top_k * 3]
        if self.reranker is not None and scored:
            scored = self._rerank(query, scored)
        return scored[: self.top_k]

    def _rerank(self, query: str, hits: list[Hit]) -> list[Hit]:
        try:
            result = self.reranker.generate(
                query=query,
                inputs=[h.chunk["text"] for h in hits],
                params={"top_n": self.top_k, "return_options": {"inputs": False}},
            )
        except Exception:
            log.warning("rerank failed, falling back to cosine order", exc_info=True)
            return hits
        order = [(r["index"], r["score"]) for r in result.get("results", [])]
        return [Hit(hits[i].chunk, score) for i, score in order]


def cohere_rerank(client, model: str, query: str, documents: list[str], top_n: int = 5) -> list[tuple[int, float]]:
    resp = client.rerank(model=model, query=query, documents=documents, top_n=top_n)
    return [(r.index, r.relevance_score) for r in resp.results]
