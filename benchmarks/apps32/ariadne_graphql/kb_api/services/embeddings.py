from __future__ import annotations

import asyncio
import logging
from typing import Sequence

from openai import AsyncOpenAI

from kb_api.settings import get_settings
from kb_api.utils.text import chunk_text, normalise_whitespace

log = logging.getLogger(__name__)

MAX_BATCH = 96


class EmbeddingService:
    """Embeds article text. The client is injected (see ``LLMClients``)."""

    def __init__(self, client: AsyncOpenAI, cohere_client=None, model: str | None = None):
        self._client = client
        self._cohere = cohere_client
        self.model = model or get_settings().openai_embedding_model

    async def embed_texts(self, texts: Sequence[str]) -> list[list[float]]:
        cleaned = [normalise_whitespace(t) for t in texts]
        vectors: list[list[float]] = []
        for start in range(0, len(cleaned), MAX_BATCH):
            batch = cleaned[start : start + MAX_BATCH]
            resp = await self._client.embeddings.create(model=self.model, input=batch)
            vectors.extend(item.embedding for item in resp.data)
        return vectors

    async def embed_query(self, query: str) -> list[float]:
        if self._cohere is not None and len(query) < 64:
            # short keyword queries do better with cohere's search_query embeddings
            resp = await self._cohere.embed(
                texts=[query],
                model=get_settings().cohere_embed_model,
                input_type="search_query",
                embedding_types=["float"],
            )
            return list(resp.embeddings.float_[0])
        (vector,) = await self.embed_texts([query])
        return vector

    async def embed_article(self, title: str, body: str) -> list[float]:
        chunks = chunk_text(f"{title}\n\n{body}", max_chars=6000)
        vectors = await self.embed_texts(chunks)
        # mean-pool the chunk vectors
        dim = len(vectors[0])
        return [sum(v[i] for v in vectors) / len(vectors) for i in range(dim)]


async def embed_many_concurrently(service: EmbeddingService, docs: list[str], concurrency: int = 4):
    sem = asyncio.Semaphore(concurrency)

    async def one(doc: str) -> list[float]:
        async with sem:
            return (await service.embed_texts([doc]))[0]

    return await asyncio.gather(*(one(d) for d in docs))
