"""Voyage embeddings + rerank, and the candidate <-> job matcher built on them."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Iterable, Sequence

log = logging.getLogger(__name__)

BATCH = 128


@dataclass
class RankedDoc:
    index: int
    score: float
    text: str


class EmbeddingService:
    """Thin wrapper so resources don't depend on voyageai directly."""

    def __init__(self, voyage, model: str = "voyage-3", rerank_model: str = "rerank-2") -> None:
        self._vo = voyage
        self.model = model
        self.rerank_model = rerank_model

    def embed(self, texts: Sequence[str], input_type: str = "document") -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), BATCH):
            batch = list(texts[start : start + BATCH])
            result = self._vo.embed(batch, model=self.model, input_type=input_type)
            out.extend(result.embeddings)
        return out

    def embed_query(self, query: str) -> list[float]:
        return self._vo.embed([query], model=self.model, input_type="query").embeddings[0]

    def rerank(self, query: str, documents: Sequence[str], top_k: int = 10) -> list[RankedDoc]:
        if not documents:
            return []
        reranking = self._vo.rerank(query, list(documents), model=self.rerank_model, top_k=top_k)
        return [RankedDoc(r.index, r.relevance_score, r.document) for r in reranking.results]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = sum(x * x for x in a) ** 0.5
    nb = sum(y * y for y in b) ** 0.5
    return dot / (na * nb) if na and nb else 0.0



@dataclass
class Match:
    candidate_id: str
    score: float
    rerank_score: float | None = None


class Matcher:
    def __init__(self, embeddings: EmbeddingService, store) -> None:
        self.embeddings = embeddings
        self.store = store

    def index_candidates(self, candidates: Iterable[dict]) -> int:
        candidates = list(candidates)
        vectors = self.embeddings.embed([c["cv_text"] for c in candidates])
        for cand, vec in zip(candidates, vectors):
            self.store.save_vector(cand["id"], vec)
        return len(candidates)

    def shortlist(self, job_description: str, limit: int = 20, rerank: bool = True) -> list[Match]:
        qvec = self.embeddings.embed_query(job_description)
        scored = [
            Match(cid, cosine(qvec, vec)) for cid, vec in self.store.iter_vectors()
        ]
        scored.sort(key=lambda m: m.score, reverse=True)
        top = scored[: limit * 3]
        if not rerank or not top:
            return top[:limit]
        texts = [self.store.cv_text(m.candidate_id) for m in top]
        ranked = self.embeddings.rerank(job_description, texts, top_k=limit)
        out = []
        for r in ranked:
            m = top[r.index]
            m.rerank_score = r.score
            out.append(m)
        return out
