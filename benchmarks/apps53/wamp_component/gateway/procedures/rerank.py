"""``com.app.rerank`` and ``com.app.search``: Cohere rerank over candidate
documents the front end already fetched from Postgres FTS.
"""
from __future__ import annotations

import logging
from typing import Any

from gateway.llm.pricing import rerank_cost

log = logging.getLogger(__name__)


class RerankService:
    def __init__(self, cohere_client, settings) -> None:
        self.co = cohere_client
        self.settings = settings
        self.search_units = 0

    async def rerank(self, query: str, documents: list[str], top_n: int = 5) -> list[dict[str, Any]]:
        if not documents:
            return []
        resp = await self.co.rerank(
            model=self.settings.rerank_model,
            query=query,
            documents=documents,
            top_n=min(top_n, len(documents)),
        )
        if resp.meta and resp.meta.billed_units:
            self.search_units += int(resp.meta.billed_units.search_units or 0)
        return [
            {"index": r.index, "score": r.relevance_score, "text": documents[r.index]}
            for r in resp.results
        ]

    async def embed_for_search(self, texts: list[str], input_type: str = "search_query") -> list[list[float]]:
        resp = await self.co.embed(
            texts=texts,
            model="embed-english-v3.0",
            input_type=input_type,
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    def cost_so_far(self) -> str:
        return str(rerank_cost(self.search_units))
