"""Embedder adapter for Voyage AI."""
from __future__ import annotations

import logging
from typing import Any, List

from docqa.ports import Embedder

logger = logging.getLogger(__name__)

# Voyage limits: 1000 texts and 320k tokens per request for voyage-3.5 (docs, 2025-05).
_MAX_TEXTS = 1000
_MAX_TOKENS = 300_000


class VoyageEmbedder(Embedder):
    def __init__(
        self,
        client: Any,
        model: str = "voyage-3.5",
        dimension: int = 1024,
        contextual_model: str = "voyage-context-3",
    ) -> None:
        self._client = client  # voyageai.AsyncClient
        self.model = model
        self.dimension = dimension
        self._contextual_model = contextual_model

    def _batches(self, texts: List[str]) -> List[List[str]]:
        """Split so every request stays under the per-request token limit."""
        batches: List[List[str]] = []
        current: List[str] = []
        current_tokens = 0
        for text in texts:
            n = self._client.count_tokens([text], model=self.model)
            if current and (current_tokens + n > _MAX_TOKENS or len(current) >= _MAX_TEXTS):
                batches.append(current)
                current, current_tokens = [], 0
            current.append(text)
            current_tokens += n
        if current:
            batches.append(current)
        return batches

    async def embed_documents(self, texts: List[str]) -> List[List[float]]:
        vectors: List[List[float]] = []
        for batch in self._batches(texts):
            result = await self._client.embed(
                batch,
                model=self.model,
                input_type="document",
                output_dimension=self.dimension,
            )
            logger.debug("voyage embed: %d texts, %d tokens", len(batch), result.total_tokens)
            vectors.extend(result.embeddings)
        return vectors

    async def embed_query(self, text: str) -> List[float]:
        result = await self._client.embed([text], model=self.model, input_type="query", output_dimension=self.dimension)
        return result.embeddings[0]

    async def embed_document_chunks(self, chunks_per_document: List[List[str]]) -> List[List[List[float]]]:
        """Contextualized chunk embeddings: each chunk vector also encodes its document."""
        result = await self._client.contextualized_embed(
            inputs=chunks_per_document,
            model=self._contextual_model,
            input_type="document",
            output_dimension=self.dimension,
        )
        return [r.embeddings for r in result.results]
