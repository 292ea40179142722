"""Find the most similar historical tickets so agents see precedent. Used by admin search."""
from __future__ import annotations

from dataclasses import dataclass

import cohere
import voyageai

from enrichment.settings import get_settings


@dataclass
class Hit:
    index: int
    score: float
    text: str


class Reranker:
    def __init__(self, co: cohere.ClientV2 | None = None, vo: voyageai.Client | None = None) -> None:
        s = get_settings()
        self.co = co or cohere.ClientV2(api_key=s.cohere_api_key)
        self.vo = vo

    def rerank(self, query: str, docs: list[str], top_n: int = 5) -> list[Hit]:
        if self.vo is not None:
            res = self.vo.rerank(query, docs, model="rerank-2", top_k=top_n)
            return [Hit(r.index, r.relevance_score, r.document) for r in res.results]
        res = self.co.rerank(
            model=get_settings().cohere_rerank_model, query=query, documents=docs, top_n=top_n
        )
        return [Hit(r.index, r.relevance_score, docs[r.index]) for r in res.results]
