"""Reranking helpers (Voyage)."""
from __future__ import annotations

from dataclasses import dataclass

from nbutils.clients import get_voyage_client


@dataclass
class Ranked:
    index: int
    score: float
    text: str


def voyage_rerank(query: str, docs: list[str], top_k: int = 5, model: str = "rerank-2") -> list[Ranked]:
    if not docs:
        return []
    vo = get_voyage_client()
    result = vo.rerank(query, docs, model=model, top_k=min(top_k, len(docs)))
    return [Ranked(r.index, r.relevance_score, r.document) for r in result.results]


def lexical_rerank(query: str, docs: list[str], top_k: int = 5) -> list[Ranked]:
    """Cheap baseline so the notebook has something to compare against."""
    q = set(query.lower().split())
    scored = []
    for i, d in enumerate(docs):
        words = set(d.lower().split())
        scored.append(Ranked(i, len(q & words) / (len(q) or 1), d))
    scored.sort(key=lambda r: r.score, reverse=True)
    return scored[:top_k]
