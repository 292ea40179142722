"""Reranker adapters."""

from __future__ import annotations

import logging
from typing import Sequence

from lexsearch.container import container
from lexsearch.interfaces import RankedDocument
from lexsearch.text import overlap_score, tokenize

logger = logging.getLogger(__name__)


class CohereReranker:
    def __init__(self, model: str | None = None) -> None:
        self.model = model or container.settings.models.rerank_model

    async def rerank(
        self, query: str, documents: Sequence[str], top_n: int = 8
    ) -> list[RankedDocument]:
        if not documents:
            return []
        response = await container.cohere.rerank(
            model=self.model,
            query=query,
            documents=list(documents),
            top_n=min(top_n, len(documents)),
        )
        return [
            RankedDocument(index=r.index, score=r.relevance_score, text=documents[r.index])
            for r in response.results
        ]


class VoyageReranker:
    def __init__(self, model: str | None = None) -> None:
        self.model = model or container.settings.models.voyage_rerank_model
        self._voyage = container.voyage

    async def rerank(
        self, query: str, documents: Sequence[str], top_n: int = 8
    ) -> list[RankedDocument]:
        if not documents:
            return []
        result = await self._voyage.rerank(
            query, list(documents), model=self.model, top_k=min(top_n, len(documents))
        )
        return [
            RankedDocument(index=r.index, score=r.relevance_score, text=r.document)
            for r in result.results
        ]


class LexicalReranker:
    """Term-overlap reranker used when the hosted rerankers are unavailable."""

    async def rerank(
        self, query: str, documents: Sequence[str], top_n: int = 8
    ) -> list[RankedDocument]:
        terms = tokenize(query)
        scored = [
            RankedDocument(index=i, score=overlap_score(terms, doc), text=doc)
            for i, doc in enumerate(documents)
        ]
        scored.sort(key=lambda d: d.score, reverse=True)
        return scored[:top_n]
