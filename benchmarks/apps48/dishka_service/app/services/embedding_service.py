from __future__ import annotations

import asyncio
import logging

import voyageai
from mistralai import Mistral
from openai import AsyncOpenAI

from app.config import Settings
from app.domain.chunking import batched
from app.services.bedrock_gateway import BedrockGateway

logger = logging.getLogger(__name__)

VOYAGE_BATCH = 128
OPENAI_BATCH = 256


class EmbeddingService:
    """Embeds text with whatever backend is configured.

    voyage is the default; openai is kept for the older collections that were
    indexed with text-embedding-3-small, mistral for the EU tenants.
    """

    def __init__(
        self,
        settings: Settings,
        voyage: voyageai.AsyncClient,
        openai_client: AsyncOpenAI,
        mistral: Mistral,
        gateway: BedrockGateway,
    ) -> None:
        self._settings = settings
        self._voyage = voyage
        self._openai = openai_client
        self._mistral = mistral
        self._gateway = gateway

    @property
    def model_name(self) -> str:
        return {
            "voyage": self._settings.voyage_model,
            "openai": self._settings.openai_embedding_model,
            "mistral": self._settings.mistral_embed_model,
            "titan": self._settings.bedrock_titan_embed_id,
        }[self._settings.embedding_backend]

    async def embed_documents(self, texts: list[str]) -> list[list[float]]:
        backend = self._settings.embedding_backend
        if backend == "voyage":
            return await self._voyage_embed(texts, input_type="document")
        if backend == "openai":
            return await self._openai_embed(texts)
        if backend == "mistral":
            return await self._mistral_embed(texts)
        if backend == "titan":
            return await asyncio.gather(*(asyncio.to_thread(self._gateway.titan_embed, t) for t in texts))
        raise ValueError(f"unknown embedding backend {backend!r}")

    async def embed_query(self, text: str) -> list[float]:
        if self._settings.embedding_backend == "voyage":
            result = await self._voyage.embed([text], model=self._settings.voyage_model, input_type="query")
            return result.embeddings[0]
        vectors = await self.embed_documents([text])
        return vectors[0]

    async def _voyage_embed(self, texts: list[str], input_type: str) -> list[list[float]]:
        out: list[list[float]] = []
        for batch in batched(texts, VOYAGE_BATCH):
            result = await self._voyage.embed(
                batch, model=self._settings.voyage_model, input_type=input_type, truncation=True
            )
            out.extend(result.embeddings)
        return out

    async def _openai_embed(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for batch in batched(texts, OPENAI_BATCH):
            resp = await self._openai.embeddings.create(
                model=self._settings.openai_embedding_model,
                input=batch,
            )
            out.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
        return out

    async def _mistral_embed(self, texts: list[str]) -> list[list[float]]:
        resp = await self._mistral.embeddings.create_async(
            model=self._settings.mistral_embed_model, inputs=texts
        )
        return [d.embedding for d in resp.data]
