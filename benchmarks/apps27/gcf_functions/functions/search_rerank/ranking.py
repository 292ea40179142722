"""Re-ranking of Firestore vector-search candidates with Cohere."""
from __future__ import annotations

import logging
from dataclasses import dataclass

import cohere

log = logging.getLogger(__name__)


@dataclass
class Candidate:
    id: str
    title: str
    snippet: str
    score: float = 0.0

    def as_document(self) -> str:
        return f"{self.title}\n{self.snippet}"


class Reranker:
    def __init__(self, co: cohere.ClientV2, model: str, min_score: float = 0.15) -> None:
        self.co = co
        self.model = model
        self.min_score = min_score

    def rerank(self, query: str, candidates: list[Candidate], top_n: int = 10) -> list[Candidate]:
        if not candidates:
            return []
        resp = self.co.rerank(
            model=self.model,
            query=query,
            documents=[c.as_document() for c in candidates],
            top_n=min(top_n, len(candidates)),
        )
        ranked = []
        for r in resp.results:
            if r.relevance_score < self.min_score:
                continue
            c = candidates[r.index]
            c.score = r.relevance_score
            ranked.append(c)
        return ranked


def keyword_fallback(query: str, candidates: list[Candidate], top_n: int = 10) -> list[Candidate]:
    """Used when Cohere is down: naive term overlap."""
    terms = set(query.lower().split())
    for c in candidates:
        words = set(c.as_document().lower().split())
        c.score = len(terms & words) / (len(terms) or 1)
    return sorted(candidates, key=lambda c: c.score, reverse=True)[:top_n]
