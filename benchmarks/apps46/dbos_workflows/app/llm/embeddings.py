"""Embedding backends. Voyage is the default; Cohere is kept for the multilingual corpus."""
from __future__ import annotations

import logging
from typing import Protocol, Sequence

from app.config import settings
from app.llm.clients import get_cohere_client, get_openai_client, get_voyage_client

log = logging.getLogger(__name__)


class Embedder(Protocol):
    dim: int

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]: ...

    def embed_query(self, text: str) -> list[float]: ...


class VoyageEmbedder:
    dim = 1024

    def __init__(self, model: str | None = None):
        self.model = model or settings.embed_model
        self._client = get_voyage_client()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for start in range(0, len(texts), 128):
            batch = list(texts[start : start + 128])
            result = self._client.embed(batch, model=self.model, input_type="document")
            out.extend(result.embeddings)
        return out

    def embed_query(self, text: str) -> list[float]:
        return self._client.embed([text], model=self.model, input_type="query").embeddings[0]


class CohereEmbedder:
    dim = 1024

    def __init__(self, model: str = "embed-multilingual-v3.0"):
        self.model = model
        self.co = get_cohere_client()

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        resp = self.co.embed(
            texts=list(texts),
            model=self.model,
            input_type="search_document",
            embedding_types=["float"],
        )
        return resp.embeddings.float_

    def embed_query(self, text: str) -> list[float]:
        resp = self.co.embed(texts=[text], model=self.model, input_type="search_query", embedding_types=["float"])
        return resp.embeddings.float_[0]


class OpenAIEmbedder:
    """Only used by the old search index; slated for removal (DOC-412)."""

    dim = 1536

    def __init__(self, model: str = "text-embedding-3-small"):
        self.model = model

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        resp = get_openai_client().embeddings.create(model=self.model, input=list(texts))
        return [d.embedding for d in resp.data]

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


_BACKENDS = {"voyage": VoyageEmbedder, "cohere": CohereEmbedder, "openai": OpenAIEmbedder}


def make_embedder(kind: str = "voyage") -> Embedder:
    try:
        return _BACKENDS[kind]()
    except KeyError:
        raise ValueError(f"unknown embedder {kind!r}") from None
