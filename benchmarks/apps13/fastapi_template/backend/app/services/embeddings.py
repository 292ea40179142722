"""Embeddings for semantic search (Voyage)."""
from __future__ import annotations

import logging
from collections.abc import Sequence

from app.core.config import settings
from app.services.ai_clients import get_async_voyage, get_voyage
from app.utils import ai_retry

logger = logging.getLogger(__name__)

# Voyage accepts up to 1000 texts / 320k tokens per request for voyage-3-large;
# stay well below so a single oversized chunk does not fail the whole batch.
BATCH_SIZE = 96
MAX_BATCH_TOKENS = 100_000


class EmbeddingService:
    def __init__(self) -> None:
        self._client = get_voyage()
        self._aclient = get_async_voyage()
        self.model = settings.VOYAGE_EMBED_MODEL
        self.dim = settings.EMBEDDING_DIM

    def _batches(self, texts: Sequence[str]):
        batch: list[str] = []
        for text in texts:
            batch.append(text)
            if len(batch) >= BATCH_SIZE:
                yield batch
                batch = []
        if batch:
            yield batch

    def estimate_tokens(self, texts: list[str]) -> int:
        return self._client.count_tokens(texts, model=self.model)

    @ai_retry()
    def _embed_batch(self, batch: list[str]) -> list[list[float]]:
        result = self._client.embed(
            batch,
            model=self.model,
            input_type="document",
            output_dimension=self.dim,
        )
        return result.embeddings

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in self._batches(texts):
            if self.estimate_tokens(batch) > MAX_BATCH_TOKENS:
                # split in half and try again, rare (huge tables pasted as text)
                half = len(batch) // 2
                vectors.extend(self._embed_batch(batch[:half]))
                vectors.extend(self._embed_batch(batch[half:]))
            else:
                vectors.extend(self._embed_batch(batch))
        return vectors

    def embed_document_in_context(self, chunks: list[str]) -> list[list[float]]:
        """Contextualised chunk embeddings: all chunks of one document in one request."""
        result = self._client.contextualized_embed(
            inputs=[chunks],
            model=settings.VOYAGE_CONTEXT_MODEL,
            input_type="document",
            output_dimension=self.dim,
        )
        return result.results[0].embeddings

    async def embed_query(self, query: str) -> list[float]:
        result = await self._aclient.embed(
            [query], model=self.model, input_type="query", output_dimension=self.dim
        )
        return result.embeddings[0]


embedding_service = EmbeddingService()
