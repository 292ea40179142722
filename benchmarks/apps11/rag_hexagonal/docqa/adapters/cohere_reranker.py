"""Reranker adapter for Cohere Rerank."""
from __future__ import annotations

import logging
from typing import Any, List

import httpx

from docqa.domain import ScoredChunk
from docqa.ports import Reranker
from docqa.utils import with_retries

logger = logging.getLogger(__name__)


class CohereReranker(Reranker):
    def __init__(self, client: Any, model: str = "rerank-v3.5", max_tokens_per_doc: int = 1024) -> None:
        self._client = client  # cohere.AsyncClientV2
        self._model = model
        self._max_tokens_per_doc = max_tokens_per_doc

    async def rerank(self, query: str, candidates: List[ScoredChunk], top_n: int) -> List[ScoredChunk]:
        if not candidates:
            return []
        response = await with_retries(
            self._client.rerank,
            model=self._model,
            query=query,
            documents=[c.chunk.embedding_text() for c in candidates],
            top_n=min(top_n, len(candidates)),
            max_tokens_per_doc=self._max_tokens_per_doc,
            retry_on=(httpx.TransportError,),
        )
        return [
            ScoredChunk(chunk=candidates[r.index].chunk, score=r.relevance_score)
            for r in response.results
        ]
