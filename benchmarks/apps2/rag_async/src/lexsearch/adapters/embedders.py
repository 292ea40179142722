"""Embedding adapters."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING, Sequence

from lexsearch.container import container

if TYPE_CHECKING:
    import voyageai
    from openai import AsyncOpenAI

logger = logging.getLogger(__name__)

_VOYAGE_BATCH = 128
_OPENAI_BATCH = 512


def _batched(items: Sequence[str], size: int) -> list[Sequence[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


class VoyageEmbedder:
    """voyage-law-2 embeddings; the default for case law and statutes."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model or container.settings.models.embedding_model
        self._client: voyageai.AsyncClient = container.voyage

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in _batched(texts, _VOYAGE_BATCH):
            result = await container.voyage.embed(
                list(batch), model=self.model, input_type="document", truncation=True
            )
            vectors.extend(result.embeddings)
        logger.debug("voyage embedded %d chunks", len(vectors))
        return vectors

    async def embed_query(self, text: str) -> list[float]:
        result = await self._client.embed([text], model=self.model, input_type="query")
        return result.embeddings[0]


class OpenAIEmbedder:
    """text-embedding-3-large; used for tenants on the legacy index."""

    def __init__(self, model: str | None = None, dimensions: int = 1536) -> None:
        self.model = model or container.settings.models.openai_embedding_model
        self.dimensions = dimensions
        self._client: AsyncOpenAI = container.openai

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        batches = _batched(texts, _OPENAI_BATCH)
        responses = await asyncio.gather(
            *(
                asyncio.to_thread(
                    container.openai_sync.embeddings.create,
                    model=self.model,
                    input=list(batch),
                    dimensions=self.dimensions,
                )
                for batch in batches
            )
        )
        return [item.embedding for response in responses for item in response.data]

    async def embed_query(self, text: str) -> list[float]:
        response = await self._client.embeddings.create(
            model=self.model, input=[text], dimensions=self.dimensions
        )
        return response.data[0].embedding


class OllamaEmbedder:
    """Embeddings from an Ollama deployment, for tenants with data-residency terms."""

    def __init__(self, model: str | None = None) -> None:
        self.model = model or container.settings.models.ollama_embedding_model

    async def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        response = await container.ollama.embed(model=self.model, input=list(texts))
        return [list(vector) for vector in response.embeddings]

    async def embed_query(self, text: str) -> list[float]:
        vectors = await self.embed_documents([text])
        return vectors[0]
