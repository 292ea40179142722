"""Embedding providers for the knowledge base.

Prod uses Titan on Bedrock (the index was built with it); OpenAI is kept for the
legacy 'claims-manual' collection that has not been re-embedded yet.
"""
from __future__ import annotations

import asyncio
import json
import logging
from typing import Protocol, Sequence

from copilot.config import settings
from copilot.providers import get_bedrock, get_openai_sync

log = logging.getLogger(__name__)


class Embedder(Protocol):
    dimensions: int

    async def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


class OpenAIEmbedder:
    dimensions = 1536

    def __init__(self, model: str | None = None, client=None) -> None:
        self.model = model or settings.openai_embedding_model
        self._client = client or get_openai_sync()

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), 256):
            batch = list(texts[start : start + 256])
            resp = await asyncio.to_thread(self._client.embeddings.create, model=self.model, input=batch)
            out.extend(d.embedding for d in resp.data)
        return out


class TitanEmbedder:
    dimensions = 1024

    def __init__(self, model: str | None = None) -> None:
        self.model = model or settings.bedrock_embedding_model
        self._runtime = get_bedrock()

    def _embed_one(self, text: str) -> list[float]:
        response = self._runtime.invoke_model(
            modelId=self.model,
            body=json.dumps({"inputText": text[:8000], "dimensions": self.dimensions, "normalize": True}),
            contentType="application/json",
            accept="application/json",
        )
        payload = json.loads(response["body"].read())
        return payload["embedding"]

    async def embed(self, texts: Sequence[str]) -> list[list[float]]:
        # Titan v2 has no batch endpoint; fan out on the default executor
        return await asyncio.gather(*(asyncio.to_thread(self._embed_one, t) for t in texts))


_EMBEDDERS: dict[str, Embedder] = {}


def get_embedder(collection: str) -> Embedder:
    if collection not in _EMBEDDERS:
        _EMBEDDERS[collection] = OpenAIEmbedder() if collection == "claims-manual" else TitanEmbedder()
    return _EMBEDDERS[collection]
