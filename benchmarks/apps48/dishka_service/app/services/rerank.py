from __future__ import annotations

import voyageai

from app.config import Settings
from app.domain.models import ScoredChunk


class Reranker:
    def __init__(self, client: voyageai.AsyncClient, settings: Settings) -> None:
        self.client = client
        self.model = settings.voyage_rerank_model

    async def rerank(self, query: str, candidates: list[ScoredChunk], top_k: int) -> list[ScoredChunk]:
        if len(candidates) <= 1:
            return candidates
        result = await self.client.rerank(
            query=query,
            documents=[c.chunk.text for c in candidates],
            model=self.model,
            top_k=top_k,
        )
        return [ScoredChunk(candidates[r.index].chunk, r.relevance_score) for r in result.results]
