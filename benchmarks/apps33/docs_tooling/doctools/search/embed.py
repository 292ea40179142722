"""Embeddings for the docs search index."""
from __future__ import annotations

import logging
from typing import Any, Iterable, Iterator, Sequence

log = logging.getLogger(__name__)

BATCH = 96  # Cohere's per-request limit


def _batched(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class CohereEmbedder:
    def __init__(self, client: Any, model: str = "embed-english-v3.0") -> None:
        self._co = client
        self.model = model

    def embed_documents(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for chunk in _batched(list(texts), BATCH):
            res = self._co.embed(
                texts=list(chunk),
                model=self.model,
                input_type="search_document",
                embedding_types=["float"],
            )
            vectors.extend(res.embeddings.float_)
        log.info("embedded %d chunks", len(vectors))
        return vectors

    def embed_query(self, query: str) -> list[float]:
        res = self._co.embed(
            texts=[query],
            model=self.model,
            input_type="search_query",
            embedding_types=["float"],
        )
        return res.embeddings.float_[0]


class OpenAIEmbedder:
    """Used for the internal (non-English) portal, where Cohere's English model is weak."""

    def __init__(self, client: Any, model: str = "text-embedding-3-small", dimensions: int = 1024) -> None:
        self.client = client
        self.model = model
        self.dimensions = dimensions

    def embed_documents(self, texts: Iterable[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for chunk in _batched(list(texts), 512):
            resp = self.client.embeddings.create(model=self.model, input=list(chunk), dimensions=self.dimensions)
            out.extend(item.embedding for item in resp.data)
        return out

    def embed_query(self, query: str) -> list[float]:
        return self.embed_documents([query])[0]
