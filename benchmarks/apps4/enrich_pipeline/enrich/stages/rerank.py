"""Order each product's candidate "related items" by relevance to the product's search intent.

Candidates come from the upstream recommender as a list of SKUs + titles in the
``related_candidates`` column; the stage writes the top ``top_k`` into ``related``.
"""
from __future__ import annotations

import asyncio
from typing import Any, Dict, List

from enrich.clients.registry import get_client
from enrich.config import DEFAULT_RERANK_MODEL
from enrich.models import Batch
from enrich.stages.base import BaseStage

TOGETHER_RERANK_MODEL = "Salesforce/Llama-Rank-v1"


class RerankStage(BaseStage):
    name = "rerank"

    def __init__(self, ctx, **options) -> None:
        super().__init__(ctx, **options)
        self.query_field = self.opt("query_field", "title")
        self.top_k = int(self.opt("top_k", 8))
        self.provider = self.opt("provider", "voyage")

    def _voyage(self, query: str, docs: List[str]) -> List[int]:
        ranking = self.ctx.reranker.rerank(query, docs, model=DEFAULT_RERANK_MODEL, top_k=self.top_k)
        return [r.index for r in ranking.results]

    def _together(self, query: str, docs: List[str]) -> List[int]:
        resp = get_client("together").rerank.create(
            model=TOGETHER_RERANK_MODEL,
            query=query,
            documents=docs,
            top_n=self.top_k,
        )
        return [r.index for r in resp.results]

    async def _rank(self, row: Dict[str, Any]) -> List[str]:
        candidates = row.get("related_candidates") or []
        if len(candidates) <= 1:
            return [c["sku"] for c in candidates]
        docs = [c.get("title", "") for c in candidates]
        query = str(row.get(self.query_field) or row.get("title") or "")
        fn = self._together if self.provider == "together" else self._voyage
        order = await asyncio.to_thread(fn, query, docs)
        return [candidates[i]["sku"] for i in order]

    async def run(self, batch: Batch) -> Batch:
        frame = batch.frame.copy()
        if "related_candidates" not in frame.columns:
            self.log.debug("no related_candidates column, skipping")
            return batch
        rows = frame.to_dict(orient="records")
        ranked = await self.gather_bounded(self._rank, rows)
        frame["related"] = [r if isinstance(r, list) else [] for r in ranked]
        return batch.with_frame(frame)
