from __future__ import annotations

from dataclasses import dataclass


@dataclass
class RankedPassage:
    index: int
    score: float
    text: str


class Reranker:
    """Cross-encoder reranking. `backend` is "cohere" (default) or "voyage"."""

    def __init__(self, cohere_client, voyage_client=None, *, backend: str = "cohere",
                 cohere_model: str = "rerank-v3.5", voyage_model: str = "rerank-2") -> None:
        self.cohere_client = cohere_client
        self.voyage_client = voyage_client
        self.backend = backend
        self.cohere_model = cohere_model
        self.voyage_model = voyage_model

    async def rerank(self, query: str, passages: list[str], top_n: int = 8) -> list[RankedPassage]:
        if not passages:
            return []
        if self.backend == "voyage" and self.voyage_client is not None:
            return await self._rerank_voyage(query, passages, top_n)
        response = await self.cohere_client.rerank(
            model=self.cohere_model,
            query=query,
            documents=passages,
            top_n=min(top_n, len(passages)),
        )
        return [
            RankedPassage(index=r.index, score=r.relevance_score, text=passages[r.index])
            for r in response.results
        ]

    async def _rerank_voyage(self, query: str, passages: list[str], top_n: int) -> list[RankedPassage]:
        reranking = await self.voyage_client.rerank(
            query, passages, model=self.voyage_model, top_k=top_n
        )
        return [
            RankedPassage(index=r.index, score=r.relevance_score, text=r.document)
            for r in reranking.results
        ]
