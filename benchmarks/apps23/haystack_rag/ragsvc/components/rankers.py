"""Rerankers. Cohere is the default; Voyage is kept for the A/B in RAG-377."""
from __future__ import annotations

import asyncio
import logging
from typing import Any

import voyageai
from haystack import Document, component
from haystack.utils import Secret

from ragsvc.clients import get_cohere_client

logger = logging.getLogger(__name__)


@component
class CohereRanker:
    def __init__(self, model: str = "rerank-v3.5", top_n: int = 4, score_threshold: float | None = None, max_chunks_per_doc: int | None = None):
        self.model = model
        self.top_n = top_n
        self.score_threshold = score_threshold
        self.max_chunks_per_doc = max_chunks_per_doc
        self._client = None

    def warm_up(self) -> None:
        if self._client is None:
            self._client = get_cohere_client()

    def _apply(self, documents: list[Document], results) -> list[Document]:
        ranked: list[Document] = []
        for r in results:
            if self.score_threshold is not None and r.relevance_score < self.score_threshold:
                continue
            doc = documents[r.index]
            doc.score = r.relevance_score
            ranked.append(doc)
        return ranked

    @component.output_types(documents=list[Document])
    def run(self, query: str, documents: list[Document], top_n: int | None = None):
        if not documents:
            return {"documents": []}
        resp = self._client.rerank(
            model=self.model,
            query=query,
            documents=[d.content or "" for d in documents],
            top_n=min(top_n or self.top_n, len(documents)),
        )
        return {"documents": self._apply(documents, resp.results)}

    @component.output_types(documents=list[Document])
    async def run_async(self, query: str, documents: list[Document], top_n: int | None = None):
        if not documents:
            return {"documents": []}
        # ClientV2 is sync-only here; keep the event loop free.
        resp = await asyncio.to_thread(
            self._client.rerank,
            model=self.model,
            query=query,
            documents=[d.content or "" for d in documents],
            top_n=min(top_n or self.top_n, len(documents)),
        )
        return {"documents": self._apply(documents, resp.results)}


@component
class VoyageRanker:
    def __init__(self, api_key: Secret = Secret.from_env_var("VOYAGE_API_KEY"), model: str = "rerank-2.5", top_k: int = 4):
        self.api_key = api_key
        self.model = model
        self.top_k = top_k
        self._client: voyageai.Client | None = None

    def warm_up(self) -> None:
        self._client = voyageai.Client(api_key=self.api_key.resolve_value())

    @component.output_types(documents=list[Document], meta=dict[str, Any])
    def run(self, query: str, documents: list[Document]):
        if not documents:
            return {"documents": [], "meta": {}}
        reranking = self._client.rerank(query, [d.content or "" for d in documents], model=self.model, top_k=self.top_k)
        out = []
        for r in reranking.results:
            doc = documents[r.index]
            doc.score = r.relevance_score
            out.append(doc)
        return {"documents": out, "meta": {"total_tokens": reranking.total_tokens}}
