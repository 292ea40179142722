"""Embedding backends for semantic search.

The OpenAI backend is the default; the Mistral one is used for the French
site, whose settings pick it via SEARCH_EMBEDDING_BACKEND.
"""
from __future__ import annotations

import logging
from typing import Protocol, Sequence

from django.conf import settings

from ai.clients import get_mistral_client, get_openai_client

logger = logging.getLogger(__name__)

BATCH_SIZE = 96


class EmbeddingBackend(Protocol):
    model: str

    def embed(self, texts: Sequence[str]) -> list[list[float]]: ...


class OpenAIEmbeddings:
    def __init__(self, client=None, model: str | None = None):
        self.client = client or get_openai_client()
        self.model = model or settings.AI_EMBEDDING_MODEL

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for start in range(0, len(texts), BATCH_SIZE):
            batch = list(texts[start : start + BATCH_SIZE])
            resp = self.client.embeddings.create(
                model=self.model,
                input=batch,
                dimensions=settings.AI_EMBEDDING_DIMENSIONS,
            )
            vectors.extend(item.embedding for item in resp.data)
        return vectors

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0]


class MistralEmbeddings:
    model = "mistral-embed"

    def __init__(self, client=None):
        self.client = client or get_mistral_client()

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), BATCH_SIZE):
            res = self.client.embeddings.create(model=self.model, inputs=list(texts[start : start + BATCH_SIZE]))
            out.extend(d.embedding for d in res.data)
        return out

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0]


_BACKENDS = {"openai": OpenAIEmbeddings, "mistral": MistralEmbeddings}
_instance = None


def get_backend():
    global _instance
    if _instance is None:
        name = getattr(settings, "SEARCH_EMBEDDING_BACKEND", "openai")
        _instance = _BACKENDS[name]()
        logger.info("search embedding backend: %s (%s)", name, _instance.model)
    return _instance
