"""Chunk embeddings. Voyage is primary; Cohere is the fallback when Voyage is degraded.

The clients are injected (see worker.settings.on_startup) so the tests can pass fakes.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Sequence

import structlog

log = structlog.get_logger(__name__)


@dataclass
class EmbeddingBatch:
    vectors: list[list[float]]
    model: str
    total_tokens: int


class EmbeddingService:
    def __init__(
        self,
        voyage,
        cohere=None,
        *,
        model: str = "voyage-3",
        fallback_model: str = "embed-english-v3.0",
        batch_size: int = 96,
    ) -> None:
        self._voyage = voyage
        self._cohere = cohere
        self.model = model
        self.fallback_model = fallback_model
        self.batch_size = batch_size
        self._sem = asyncio.Semaphore(4)

    async def embed_documents(self, texts: Sequence[str]) -> EmbeddingBatch:
        vectors: list[list[float]] = []
        tokens = 0
        model_used = self.model
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start : start + self.batch_size])
            async with self._sem:
                try:
                    result = await self._voyage.embed(
                        batch, model=self.model, input_type="document", truncation=True
                    )
                    vectors.extend(result.embeddings)
                    tokens += result.total_tokens
                except Exception as exc:  # voyageai raises its own error hierarchy
                    if self._cohere is None:
                        raise
                    log.warning("voyage_embed_failed_falling_back", error=str(exc))
                    vectors.extend(await self._cohere_embed(batch, "search_document"))
                    model_used = self.fallback_model
        return EmbeddingBatch(vectors=vectors, model=model_used, total_tokens=tokens)

    async def embed_query(self, query: str) -> list[float]:
        result = await self._voyage.embed([query], model=self.model, input_type="query")
        return result.embeddings[0]

    async def _cohere_embed(self, texts: list[str], input_type: str) -> list[list[float]]:
        response = await self._cohere.embed(
            texts=texts,
            model=self.fallback_model,
            input_type=input_type,
            embedding_types=["float"],
        )
        return response.embeddings.float_
