"""Semantic search over notes: vector recall + Together rerank."""

from __future__ import annotations

import math
from dataclasses import dataclass

from together import Together

from notes_app.domain.models import Note
from notes_app.domain.repositories import NoteRepository
from notes_app.services.embeddings import EmbeddingService


def cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


@dataclass
class SearchHit:
    note: Note
    score: float


class SearchService:
    def __init__(
        self,
        repo: NoteRepository,
        embeddings: EmbeddingService,
        reranker: Together | None = None,
        rerank_model: str = "Salesforce/Llama-Rank-V1",
    ) -> None:
        self.repo = repo
        self.embeddings = embeddings
        self.reranker = reranker
        self.rerank_model = rerank_model

    def recall(self, query: str, k: int = 30) -> list[SearchHit]:
        qvec = self.embeddings.embed_one(query)
        hits = [
            SearchHit(note=note, score=cosine(qvec, vec))
            for note, vec in self.repo.iter_embeddings()
        ]
        hits.sort(key=lambda h: h.score, reverse=True)
        return hits[:k]

    def search(self, query: str, k: int = 10, rerank: bool = True) -> list[SearchHit]:
        hits = self.recall(query, k=max(k * 3, 30))
        if not rerank or self.reranker is None or len(hits) <= 1:
            return hits[:k]
        result = self.reranker.rerank.create(
            model=self.rerank_model,
            query=query,
            documents=[h.note.title + "\n" + h.note.body[:2000] for h in hits],
            top_n=k,
        )
        return [SearchHit(note=hits[r.index].note, score=r.relevance_score) for r in result.results]
