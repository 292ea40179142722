"""Embeddings used by the document studio for chunk retrieval."""

from __future__ import annotations

import math
from typing import Sequence

from studio.backends import get_genai_client, get_mistral_client, get_openai_client
from studio.settings import get_settings


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class Embedder:
    """Small wrapper so pages can swap embedding providers from a dropdown."""

    def __init__(self, provider: str = "openai", model: str | None = None, batch_size: int = 64):
        self.provider = provider
        self.model = model or self._default_model(provider)
        self.batch_size = batch_size

    @staticmethod
    def _default_model(provider: str) -> str:
        return {
            "openai": get_settings().embedding_model,
            "google": "text-embedding-004",
            "mistral": "mistral-embed",
        }[provider]

    def embed(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float]] = []
        for i in range(0, len(texts), self.batch_size):
            out.extend(self._embed_batch(texts[i : i + self.batch_size]))
        return out

    def _embed_batch(self, batch: list[str]) -> list[list[float]]:
        if self.provider == "openai":
            resp = get_openai_client().embeddings.create(model=self.model, input=batch)
            return [d.embedding for d in resp.data]
        if self.provider == "google":
            result = get_genai_client().models.embed_content(model=self.model, contents=batch)
            return [e.values for e in result.embeddings]
        if self.provider == "mistral":
            client = get_mistral_client()
            res = client.embeddings.create(model=self.model, inputs=batch)
            return [d.embedding for d in res.data]
        raise ValueError(f"unsupported embedding provider {self.provider}")

    def rank(self, query: str, docs: list[str], top_k: int = 5) -> list[tuple[int, float]]:
        vectors = self.embed([query, *docs])
        q, rest = vectors[0], vectors[1:]
        scored = [(i, cosine(q, v)) for i, v in enumerate(rest)]
        scored.sort(key=lambda t: t[1], reverse=True)
        return scored[:top_k]
