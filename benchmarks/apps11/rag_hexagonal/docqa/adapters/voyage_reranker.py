"""Reranker adapter for Voyage rerank models (used for the EU tenants, see DOCQA-377)."""
from __future__ import annotations

import asyncio
import logging
from typing import Any, List

from docqa.domain import ScoredChunk
from docqa.ports import Reranker

logger = logging.getLogger(__name__)


class VoyageReranker(Reranker):
    def __init__(self, client: Any, model: str = "rerank-2.5") -> None:
        # The sync voyageai.Client shared with the batch scripts; calls run in a thread.
        self._client = client
        self._model = model

    async def rerank(self, query: str, candidates: List[ScoredChunk], top_n: int) -> List[ScoredChunk]:
        if not candidates:
            return []
        documents = [c.chunk.embedding_text() for c in candidates]
        reranking = await asyncio.to_thread(
            self._client.rerank, query, documents, model=self._model, top_k=top_n
        )
        return [
            ScoredChunk(chunk=candidates[r.index].chunk, score=r.relevance_score)
            for r in reranking.results
        ]
