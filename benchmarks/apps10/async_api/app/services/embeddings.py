"""Embeddings for KB articles and search queries.

Provider is configurable (HELPDESK_EMBEDDING_PROVIDER) because we migrated the index from
OpenAI to Gemini embeddings and then partly back; vectors are tagged with the model that
produced them, see ArticleRepository.missing_embeddings.
"""
from __future__ import annotations

from typing import Any, List, Sequence

from app import cache
from app.logging_config import get_logger
from app.utils import batched

log = get_logger(__name__)

MODELS = {
    "openai": "text-embedding-3-small",
    "google": "gemini-embedding-001",
    "mistral": "mistral-embed",
}
BATCH_SIZE = {"openai": 256, "google": 100, "mistral": 64}


class EmbeddingService:
    def __init__(self, openai_client: Any, genai_client: Any, mistral_client: Any, provider: str = "openai"):
        if provider not in MODELS:
            raise ValueError(f"unknown embedding provider {provider!r}")
        self._openai = openai_client
        self._genai = genai_client
        self._mistral = mistral_client
        self.provider = provider

    @property
    def model(self) -> str:
        return MODELS[self.provider]

    async def embed_query(self, text: str) -> List[float]:
        key = cache.cache_key("emb", self.model, text)
        hit = await cache.get_json(key)
        if hit is not None:
            return hit
        [vector] = await self.embed_documents([text])
        await cache.set_json(key, vector, ttl=7 * 24 * 3600)
        return vector

    async def embed_documents(self, texts: Sequence[str]) -> List[List[float]]:
        vectors: List[List[float]] = []
        for batch in batched(list(texts), BATCH_SIZE[self.provider]):
            vectors.extend(await self._embed_batch(batch))
        log.debug("embedded", provider=self.provider, count=len(vectors))
        return vectors

    async def _embed_batch(self, batch: List[str]) -> List[List[float]]:
        if self.provider == "openai":
            resp = await self._openai.embeddings.create(model=self.model, input=batch)
            return [item.embedding for item in resp.data]

        if self.provider == "google":
            resp = await self._genai.aio.models.embed_content(
                model=self.model,
                contents=batch,
                config={"task_type": "RETRIEVAL_DOCUMENT", "output_dimensionality": 1536},
            )
            return [e.values for e in resp.embeddings]

        resp = await self._mistral.embeddings.create_async(model=self.model, inputs=batch)
        return [item.embedding for item in resp.data]
