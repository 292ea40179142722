"""Case-law / precedent search: Voyage legal embeddings + Cohere rerank."""
from __future__ import annotations

import logging

import cohere

from lexbrief.clients import VoyageClient
from lexbrief.clients.voyage import LEGAL_EMBED_MODEL
from lexbrief.models import SearchHit, SearchRequest
from lexbrief.repositories import ChunkRepository

log = logging.getLogger(__name__)

RERANK_MODEL = "rerank-v3.5"
CANDIDATES = 40


class CaseSearchService:
    def __init__(self, voyage: VoyageClient, co: cohere.AsyncClientV2, chunks: ChunkRepository) -> None:
        self.voyage = voyage
        self.co = co
        self.chunks = chunks

    async def search(self, req: SearchRequest) -> list[SearchHit]:
        query = req.query if not req.jurisdiction else f"[{req.jurisdiction}] {req.query}"
        embedded = await self.voyage.embed([query], model=LEGAL_EMBED_MODEL, input_type="query")
        candidates = await self.chunks.nearest(embedded.embeddings[0], limit=CANDIDATES)
        if not candidates:
            return []

        reranked = await self.co.rerank(
            model=RERANK_MODEL,
            query=query,
            documents=[c["text"] for c in candidates],
            top_n=req.top_k,
        )
        hits = []
        for result in reranked.results:
            doc = candidates[result.index]
            hits.append(
                SearchHit(
                    doc_id=doc["doc_id"],
                    title=doc.get("title") or doc["doc_id"],
                    snippet=doc["text"][:400],
                    score=round(result.relevance_score, 4),
                )
            )
        return hits

    def query_token_budget(self, queries: list[str]) -> int:
        # local tokenizer, no API call
        return self.voyage.count_tokens(queries, model=LEGAL_EMBED_MODEL)
