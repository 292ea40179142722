from __future__ import annotations

from typing import Sequence

import voyageai

from mlserve.clients import get_voyage_client
from mlserve.types import EmbeddingResult


class VoyageProvider:
    name = "voyage"
    embed_model = "voyage-3"
    rerank_model = "rerank-2"

    def __init__(self, client: voyageai.Client | None = None) -> None:
        self._vo = client or get_voyage_client()

    def embed(
        self,
        texts: Sequence[str],
        *,
        model: str | None = None,
        input_type: str = "document",
    ) -> EmbeddingResult:
        model = model or self.embed_model
        result = self._vo.embed(list(texts), model=model, input_type=input_type, truncation=True)
        return EmbeddingResult(
            vectors=result.embeddings, model=model, provider=self.name, total_tokens=result.total_tokens
        )

    def rerank(self, query: str, documents: Sequence[str], *, top_n: int = 8) -> list[tuple[int, float]]:
        reranking = self._vo.rerank(query, list(documents), model=self.rerank_model, top_k=top_n)
        return [(r.index, r.relevance_score) for r in reranking.results]

    def fits_in_context(self, texts: Sequence[str], limit: int = 320_000) -> bool:
        return self._vo.count_tokens(list(texts), model=self.embed_model) <= limit
