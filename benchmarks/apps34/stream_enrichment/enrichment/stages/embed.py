"""Embedding backends. One Embedder per worker, selected by ENRICH_EMBED_BACKEND."""
from __future__ import annotations

import hashlib
import logging
from typing import Protocol

from enrichment import clients
from enrichment.settings import get_settings

log = logging.getLogger(__name__)


class Embedder(Protocol):
    name: str

    def embed(self, texts: list[str]) -> list[list[float]]: ...


class VoyageEmbedder:
    name = "voyage"

    def __init__(self, model: str | None = None) -> None:
        self.model = model or get_settings().voyage_model
        self._client = clients.get_voyage()

    def embed(self, texts: list[str]) -> list[list[float]]:
        result = self._client.embed(texts, model=self.model, input_type="document", truncation=True)
        return result.embeddings

    def embed_query(self, text: str) -> list[float]:
        return self._client.embed([text], model=self.model, input_type="query").embeddings[0]


class CohereEmbedder:
    name = "cohere"

    def __init__(self) -> None:
        self.co = clients.get_cohere()
        self.model = get_settings().cohere_embed_model

    def embed(self, texts: list[str]) -> list[list[float]]:
        resp = self.co.embed(
            model=self.model,
            texts=texts,
            input_type="search_document",
            embedding_types=["float"],
        )
        return resp.embeddings.float_


class OpenAIEmbedder:
    name = "openai"

    def __init__(self, dims: int = 1024) -> None:
        self.dims = dims

    def embed(self, texts: list[str]) -> list[list[float]]:
        resp = clients.get_openai().embeddings.create(
            model=get_settings().embedding_model, input=texts, dimensions=self.dims
        )
        return [d.embedding for d in resp.data]


class GeminiEmbedder:
    name = "gemini"

    def embed(self, texts: list[str]) -> list[list[float]]:
        client = clients.get_genai()
        result = client.models.embed_content(model=get_settings().gemini_embed_model, contents=texts)
        return [e.values for e in result.embeddings]


class CachedEmbedder:
    """Wraps another embedder with a small content-hash cache.

    Reviews are heavily duplicated (copy-pasted "Great product!!"), so this saves ~15% of calls.
    """

    def __init__(self, inner: Embedder, max_items: int = 50_000) -> None:
        self.inner = inner
        self.name = f"cached:{inner.name}"
        self.max_items = max_items
        self._cache: dict[str, list[float]] = {}
        self.hits = 0
        self.misses = 0

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.blake2b(text.strip().lower().encode(), digest_size=16).hexdigest()

    def embed(self, texts: list[str]) -> list[list[float]]:
        keys = [self._key(t) for t in texts]
        todo = [(i, t) for i, (k, t) in enumerate(zip(keys, texts)) if k not in self._cache]
        self.hits += len(texts) - len(todo)
        self.misses += len(todo)
        if todo:
            fresh = self.inner.embed([t for _, t in todo])
            for (i, _), vec in zip(todo, fresh):
                if len(self._cache) >= self.max_items:
                    self._cache.pop(next(iter(self._cache)))
                self._cache[keys[i]] = vec
        return [self._cache[k] for k in keys]


_BACKENDS = {
    "voyage": VoyageEmbedder,
    "cohere": CohereEmbedder,
    "openai": OpenAIEmbedder,
    "gemini": GeminiEmbedder,
}


def build_embedder(name: str | None = None, cache: bool = True) -> Embedder:
    name = name or get_settings().embed_backend
    try:
        cls = _BACKENDS[name]
    except KeyError:
        raise ValueError(f"unknown embed backend {name!r}; have {sorted(_BACKENDS)}") from None
    log.info("embedder: %s (cache=%s)", name, cache)
    inner = cls()
    return CachedEmbedder(inner) if cache else inner
