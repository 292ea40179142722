"""``com.app.embed``: embeddings for the front end's semantic search box and the
indexer worker.
"""
from __future__ import annotations

import asyncio
import logging

from gateway.llm import get_openai_sync
from gateway.services.multi_model_service import multi_model_service

log = logging.getLogger(__name__)

MAX_BATCH = 96


class EmbedService:
    def __init__(self, openai_client, mistral_client, settings) -> None:
        self.openai = openai_client
        self.mistral = mistral_client
        self.settings = settings

    async def embed(self, texts: list[str], provider: str = "openai") -> list[list[float]]:
        if isinstance(texts, str):
            texts = [texts]
        out: list[list[float]] = []
        for i in range(0, len(texts), MAX_BATCH):
            batch = texts[i:i + MAX_BATCH]
            if provider == "mistral":
                resp = await self.mistral.embeddings.create_async(model="mistral-embed", inputs=batch)
            else:
                resp = await self.openai.embeddings.create(model=self.settings.embed_model, input=batch)
            out.extend(d.embedding for d in resp.data)
        return out

    async def embed_tracked(self, texts: list[str]) -> list[list[float]]:
        """What the indexer should be using (LLM-1423)."""
        return await multi_model_service.embed_texts(texts, feature="search_index")

    async def embed_legacy_sync(self, texts: list[str]) -> list[list[float]]:
        # old path kept for the /v1 export job which runs with a separate key
        client = get_openai_sync()
        resp = await asyncio.to_thread(
            client.embeddings.create,
            model="text-embedding-ada-002",
            input=texts,
        )
        return [d.embedding for d in resp.data]


def cosine(a: list[float], b: list[float]) -> float:
    num = sum(x * y for x, y in zip(a, b))
    da = sum(x * x for x in a) ** 0.5
    db = sum(y * y for y in b) ** 0.5
    return num / (da * db) if da and db else 0.0
