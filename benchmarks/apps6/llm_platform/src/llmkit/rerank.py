"""Rerank helpers (Cohere and Together)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Sequence

from llmkit.config import get_settings
from llmkit.container import get_container
from llmkit.retry import retry


@dataclass(frozen=True)
class RerankHit:
    index: int
    score: float
    document: str


@retry(attempts=3)
def rerank_cohere(query: str, documents: Sequence[str], top_n: int = 10) -> List[RerankHit]:
    if not documents:
        return []
    co = get_container().get("cohere")
    resp = co.rerank(
        model=get_settings().cohere_rerank_model,
        query=query,
        documents=list(documents),
        top_n=min(top_n, len(documents)),
    )
    return [RerankHit(r.index, r.relevance_score, documents[r.index]) for r in resp.results]


@retry(attempts=3)
def rerank_together(query: str, documents: Sequence[str], top_n: int = 10) -> List[RerankHit]:
    if not documents:
        return []
    container = get_container()
    together = container.clients.get("together") or container.get("together")
    resp = together.rerank.create(
        model=container.settings.together_rerank_model,
        query=query,
        documents=list(documents),
        top_n=min(top_n, len(documents)),
    )
    return [RerankHit(r.index, r.relevance_score, documents[r.index]) for r in resp.results]
