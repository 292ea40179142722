"""Embedding backends for the semantic part of the repo map.

Enabled with ``map_semantic: true``. The repo map embeds a short signature summary
of each file once (cached by content hash) and embeds the current chat turn on
every request, then boosts files whose summaries are close to the turn.
"""

from __future__ import annotations

import logging
import math
from typing import Dict, List, Optional, Sequence, Type

from google.genai import types as genai_types

from quill.llm import litellm
from quill.models import clients
from quill.utils import chunked

log = logging.getLogger(__name__)

Vector = List[float]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    if not na or not nb:
        return 0.0
    return dot / (na * nb)


class Embedder:
    name = "base"
    default_model = ""
    batch_size = 64

    def __init__(self, model: Optional[str] = None):
        self.model = model or self.default_model

    def embed(self, texts: Sequence[str]) -> List[Vector]:
        vectors: List[Vector] = []
        for batch in chunked(list(texts), self.batch_size):
            vectors.extend(self._embed_batch(list(batch)))
        return vectors

    def embed_one(self, text: str) -> Vector:
        return self.embed([text])[0]

    def _embed_batch(self, batch: List[str]) -> List[Vector]:
        raise NotImplementedError


class OpenAIEmbedder(Embedder):
    name = "openai"
    default_model = "text-embedding-3-small"
    batch_size = 256

    def __init__(self, model: Optional[str] = None):
        super().__init__(model)
        self.client = clients.openai_client()

    def _embed_batch(self, batch: List[str]) -> List[Vector]:
        resp = self.client.embeddings.create(model=self.model, input=batch)
        return [item.embedding for item in sorted(resp.data, key=lambda d: d.index)]


class OllamaEmbedder(Embedder):
    name = "ollama"
    default_model = "nomic-embed-text"
    batch_size = 32

    def __init__(self, model: Optional[str] = None):
        super().__init__(model)
        self.client = clients.ollama_client()

    def _embed_batch(self, batch: List[str]) -> List[Vector]:
        resp = self.client.embed(model=self.model, input=batch)
        return [list(v) for v in resp.embeddings]


class GeminiEmbedder(Embedder):
    name = "gemini"
    default_model = "gemini-embedding-001"
    batch_size = 100

    def __init__(self, model: Optional[str] = None, task_type: str = "RETRIEVAL_DOCUMENT"):
        super().__init__(model)
        self.task_type = task_type
        self.client = clients.gemini_client()

    def _embed_batch(self, batch: List[str]) -> List[Vector]:
        result = self.client.models.embed_content(
            model=self.model,
            contents=batch,
            config=genai_types.EmbedContentConfig(task_type=self.task_type, output_dimensionality=768),
        )
        return [list(e.values) for e in result.embeddings]


class LiteLLMEmbedder(Embedder):
    """Anything litellm knows about, e.g. ``voyage/voyage-code-3``."""

    name = "litellm"
    default_model = "voyage/voyage-code-3"

    def _embed_batch(self, batch: List[str]) -> List[Vector]:
        response = litellm.embedding(model=self.model, input=batch)
        return [item["embedding"] for item in response.data]


BACKENDS: Dict[str, Type[Embedder]] = {
    cls.name: cls for cls in (OpenAIEmbedder, OllamaEmbedder, GeminiEmbedder, LiteLLMEmbedder)
}


def get_embedder(backend: str, model: Optional[str] = None) -> Embedder:
    try:
        return BACKENDS[backend](model)
    except KeyError:
        raise ValueError(f"unknown embedding backend {backend!r}; choose from {sorted(BACKENDS)}") from None
