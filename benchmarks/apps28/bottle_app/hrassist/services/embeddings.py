"""Embedding backends.

English policies are embedded with OpenAI, FR/DE ones with Mistral, and the
search index for the intranet widget uses Cohere (multilingual).  The
backend objects receive an already-built client from the ClientFactory.
"""

from __future__ import annotations

import logging
import math
from concurrent.futures import ThreadPoolExecutor
from typing import Iterable, Sequence

log = logging.getLogger(__name__)

BATCH = 64


def _batched(items: Sequence[str], size: int = BATCH) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Embedder:
    provider = "none"
    model = "none"

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        raise NotImplementedError

    def embed_one(self, text: str) -> list[float]:
        return self.embed([text])[0]


class OpenAIEmbedder(Embedder):
    provider = "openai"

    def __init__(self, client, model: str = "text-embedding-3-small", parallel: int = 4):
        self.client = client
        self.model = model
        self.parallel = parallel

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        if not texts:
            return []
        with ThreadPoolExecutor(max_workers=self.parallel) as pool:
            futures = [
                pool.submit(self.client.embeddings.create, model=self.model, input=list(batch))
                for batch in _batched(texts)
            ]
            vectors: list[list[float]] = []
            for fut in futures:
                resp = fut.result()
                vectors.extend(item.embedding for item in resp.data)
        return vectors


class MistralEmbedder(Embedder):
    provider = "mistral"

    def __init__(self, client, model: str = "mistral-embed"):
        self.client = client
        self.model = model

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in _batched(texts, 32):
            resp = self.client.embeddings.create(model=self.model, inputs=list(batch))
            vectors.extend(item.embedding for item in resp.data)
        return vectors


class CohereEmbedder(Embedder):
    provider = "cohere"

    def __init__(self, client, model: str = "embed-multilingual-v3.0", input_type: str = "search_document"):
        self.client = client
        self.model = model
        self.input_type = input_type

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        vectors: list[list[float]] = []
        for batch in _batched(texts, 96):
            resp = self.client.embed(
                texts=list(batch),
                model=self.model,
                input_type=self.input_type,
                embedding_types=["float"],
            )
            vectors.extend(resp.embeddings.float_)
        return vectors

    def for_queries(self) -> "CohereEmbedder":
        return CohereEmbedder(self.client, self.model, input_type="search_query")


class WatsonxEmbedder(Embedder):
    """Only used for the Granite pilot; not wired to any route yet."""

    provider = "watsonx"
    model = "ibm/slate-125m-english-rtrvr-v2"

    def __init__(self, embeddings):
        self.embeddings = embeddings

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return self.embeddings.embed_documents(texts=list(texts))


def make_embedder(factory, lang: str = "en") -> Embedder:
    s = factory.settings
    if lang in ("fr", "de"):
        return MistralEmbedder(factory.mistral())
    if s.feature_flags.get("cohere_search"):
        return CohereEmbedder(factory.cohere(), model=s.cohere_embed_model)
    return OpenAIEmbedder(factory.openai(), model=s.openai_embedding_model)
