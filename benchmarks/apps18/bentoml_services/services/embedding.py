"""Embedding service: Voyage by default, Cohere and OpenAI on request."""

from __future__ import annotations

import logging

import bentoml
import numpy as np
import voyageai

from mlserve.clients import get_async_voyage_client, get_openai_client, get_voyage_client
from mlserve.config import get_settings
from mlserve.providers import CohereProvider
from mlserve.types import EmbedRequest, EmbedResponse
from mlserve.utils import chunked, with_retries

logger = logging.getLogger("bentoml.embedding")

VOYAGE_MAX_BATCH = 128


def embed_batch(
    client: voyageai.Client,
    texts: list[str],
    model: str,
    input_type: str = "document",
) -> list[list[float]]:
    """Embed ``texts`` with Voyage in API-sized chunks. Reused by the backfill job."""
    vectors: list[list[float]] = []
    for chunk in chunked(texts, VOYAGE_MAX_BATCH):
        result = client.embed(chunk, model=model, input_type=input_type)
        vectors.extend(result.embeddings)
    return vectors


def l2_normalize(vectors: list[list[float]]) -> list[list[float]]:
    arr = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    return (arr / np.clip(norms, 1e-12, None)).tolist()


@bentoml.service(
    resources={"cpu": "2", "memory": "2Gi"},
    traffic={"timeout": 60, "max_concurrency": 64},
)
class EmbeddingService:
    def __init__(self) -> None:
        self.cfg = get_settings().embedding
        self.voyage = get_voyage_client()
        self.openai = get_openai_client()
        self.cohere = CohereProvider()

    @bentoml.api(batchable=True, max_batch_size=256, max_latency_ms=250)
    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return embed_batch(self.voyage, texts, self.cfg.model)

    @bentoml.api
    def embed(self, request: EmbedRequest) -> EmbedResponse:
        provider = request.provider or self.cfg.provider
        if provider == "openai":
            model = "text-embedding-3-large"
            resp = with_retries(
                self.openai.embeddings.create,
                model=model,
                input=request.texts,
                dimensions=self.cfg.dimensions,
            )
            vectors = [item.embedding for item in resp.data]
            return EmbedResponse(
                vectors=vectors, model=model, provider=provider, total_tokens=resp.usage.total_tokens
            )
        if provider == "cohere":
            result = self.cohere.embed(request.texts, input_type=request.input_type)
            return EmbedResponse(vectors=l2_normalize(result.vectors), model=result.model, provider=provider)
        vectors = embed_batch(self.voyage, request.texts, self.cfg.model, request.input_type)
        return EmbedResponse(vectors=vectors, model=self.cfg.model, provider="voyage")

    @bentoml.api
    async def embed_query(self, text: str) -> list[float]:
        aclient = get_async_voyage_client()
        result = await aclient.embed([text], model=self.cfg.model, input_type="query")
        return result.embeddings[0]

    @bentoml.api
    def dimensions(self) -> dict[str, int]:
        return {"voyage-3": 1024, "text-embedding-3-large": self.cfg.dimensions, "embed-english-v3.0": 1024}
