"""Near-duplicate and "similar complaint" lookups.

Given a review and a handful of candidates pulled from the vector store,
rerank them with Voyage so the support UI can show "3 other customers
reported this".
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import httpx

from app.config import get_settings
from app.enrich import get_voyage

logger = logging.getLogger(__name__)

RERANK_MODEL = "rerank-2-lite"


@dataclass
class Similar:
    review_id: str
    text: str
    score: float


class SimilarityService:
    def __init__(self, http: httpx.Client | None = None, min_score: float = 0.55) -> None:
        settings = get_settings()
        self.http = http or httpx.Client(base_url=settings.vector_store_url, timeout=10)
        self.collection = settings.vector_collection
        self.embed_model = settings.models.embedding
        self.min_score = min_score
        self.voyage = get_voyage()

    def _candidates(self, vector: list[float], limit: int) -> list[dict]:
        resp = self.http.post(
            f"/collections/{self.collection}/points/search",
            json={"vector": vector, "limit": limit, "with_payload": True},
        )
        resp.raise_for_status()
        return resp.json()["result"]

    def find(self, text: str, limit: int = 20, top_k: int = 3) -> list[Similar]:
        query_vec = self.voyage.embed([text], model=self.embed_model, input_type="query").embeddings[0]
        hits = self._candidates(query_vec, limit)
        if not hits:
            return []
        docs = [h["payload"]["text"] for h in hits]
        reranked = self.voyage.rerank(text, docs, model=RERANK_MODEL, top_k=top_k)
        out = []
        for r in reranked.results:
            if r.relevance_score < self.min_score:
                continue
            out.append(Similar(hits[r.index]["payload"]["review_id"], r.document, r.relevance_score))
        return out
