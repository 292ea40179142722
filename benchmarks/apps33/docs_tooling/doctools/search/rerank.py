"""Rerank search hits with Cohere before showing them in the "Ask the docs" box."""
from __future__ import annotations

from typing import Sequence

from doctools.clients import get_cohere_client
from doctools.config import get_settings


def rerank_hits(query: str, hits: Sequence[dict], top_n: int = 5) -> list[dict]:
    if not hits:
        return []
    co = get_cohere_client()
    result = co.rerank(
        model=get_settings().cohere_rerank_model,
        query=query,
        documents=[h["text"] for h in hits],
        top_n=min(top_n, len(hits)),
    )
    return [dict(hits[r.index], score=r.relevance_score) for r in result.results]


def rerank_local(query: str, hits: Sequence[dict], top_n: int = 5) -> list[dict]:
    """Cheap lexical rerank used in offline mode."""
    terms = {t.lower() for t in query.split() if len(t) > 2}

    def score(hit: dict) -> float:
        words = hit["text"].lower().split()
        return sum(1 for w in words if w in terms) / (len(words) or 1)

    ranked = sorted(hits, key=score, reverse=True)[:top_n]
    return [dict(h, score=score(h)) for h in ranked]
