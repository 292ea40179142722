"""Voyage embeddings + rerank for exemplar retrieval."""
from __future__ import annotations

import logging
from typing import Sequence

import numpy as np
import voyageai

logger = logging.getLogger(__name__)

MAX_BATCH = 128


class VoyageEmbedder:
    def __init__(self, client: voyageai.Client, model: str = "voyage-3", rerank_model: str = "rerank-2") -> None:
        self.client = client
        self.model = model
        self.rerank_model = rerank_model
        self.tokens_used = 0

    def embed_documents(self, texts: Sequence[str]) -> np.ndarray:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), MAX_BATCH):
            batch = list(texts[start : start + MAX_BATCH])
            result = self.client.embed(batch, model=self.model, input_type="document")
            self.tokens_used += result.total_tokens
            vectors.extend(result.embeddings)
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        result = self.client.embed([text], model=self.model, input_type="query")
        self.tokens_used += result.total_tokens
        return np.asarray(result.embeddings[0], dtype=np.float32)

    def rerank(self, query: str, documents: list[str], top_k: int = 3) -> list[tuple[int, float]]:
        if not documents:
            return []
        reranking = self.client.rerank(query, documents, model=self.rerank_model, top_k=top_k)
        return [(r.index, r.relevance_score) for r in reranking.results]

    def budget_ok(self, texts: list[str], limit: int = 100_000) -> bool:
        return self.client.count_tokens(texts, model=self.model) <= limit
