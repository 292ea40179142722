"""Embedding backends for semantic search.

We started on Azure OpenAI text-embedding-3-small and are moving to Voyage
(better retrieval on our eval set). Both stay wired until every tenant has
been re-indexed; ``DocumentChunk.embedding_model`` says which one produced a
vector. Don't mix vectors from the two in one query.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Protocol

from app.core.config import settings
from app.services.ai_clients import get_async_voyage, get_azure_openai, get_voyage
from app.utils import batched

logger = logging.getLogger(__name__)

VOYAGE_MAX_BATCH = 128
# voyage-3.5 allows 320k tokens per request; stay well below it
VOYAGE_MAX_BATCH_TOKENS = 100_000


class Embedder(Protocol):
    model_name: str

    async def embed_documents(self, texts: list[str]) -> list[list[float]]: ...

    async def embed_query(self, text: str) -> list[float]: ...


class AzureEmbedder:
    """Legacy. Only used for tenants not yet migrated (see reindex task)."""

    model_name = "azure/text-embedding-3-small"

    def __init__(self, dimensions: int = settings.EMBEDDING_DIM) -> None:
        self._dimensions = dimensions

    def _embed(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for batch in batched(texts, 256):
            resp = get_azure_openai().embeddings.create(
                model=settings.AZURE_OPENAI_EMBEDDING_DEPLOYMENT,
                input=batch,
                dimensions=self._dimensions,
            )
            out.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
        return out

    async def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return await asyncio.to_thread(self._embed, texts)

    async def embed_query(self, text: str) -> list[float]:
        vectors = await asyncio.to_thread(self._embed, [text])
        return vectors[0]


class VoyageEmbedder:
    model_name = f"voyage/{settings.VOYAGE_EMBED_MODEL}"

    def __init__(self) -> None:
        self._voyage = get_voyage()

    def _token_batches(self, texts: list[str]) -> list[list[str]]:
        # count_tokens runs the tokenizer locally, no request
        batches: list[list[str]] = []
        current: list[str] = []
        for text in texts:
            candidate = current + [text]
            too_many = len(candidate) > VOYAGE_MAX_BATCH
            too_long = (
                self._voyage.count_tokens(candidate, model=settings.VOYAGE_EMBED_MODEL)
                > VOYAGE_MAX_BATCH_TOKENS
            )
            if current and (too_many or too_long):
                batches.append(current)
                current = [text]
            else:
                current = candidate
        if current:
            batches.append(current)
        return batches

    async def embed_documents(self, texts: list[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in self._token_batches(texts):
            result = await asyncio.to_thread(
                self._voyage.embed,
                batch,
                model=settings.VOYAGE_EMBED_MODEL,
                input_type="document",
                output_dimension=settings.EMBEDDING_DIM,
            )
            logger.debug("voyage embedded %d texts (%d tokens)", len(batch), result.total_tokens)
            vectors.extend(result.embeddings)
        return vectors

    async def embed_query(self, text: str) -> list[float]:
        result = await get_async_voyage().embed(
            [text],
            model=settings.VOYAGE_EMBED_MODEL,
            input_type="query",
            output_dimension=settings.EMBEDDING_DIM,
        )
        return result.embeddings[0]


def get_embedder(model_name: str | None = None) -> Embedder:
    if model_name is None:
        return VoyageEmbedder() if settings.SEARCH_USE_VOYAGE else AzureEmbedder()
    if model_name.startswith("voyage/"):
        return VoyageEmbedder()
    if model_name.startswith("azure/"):
        return AzureEmbedder()
    raise ValueError(f"unknown embedding model {model_name!r}")
