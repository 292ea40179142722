"""Embeddings for semantic column search and question routing."""
from __future__ import annotations

import asyncio
from typing import Sequence

import numpy as np
from mistralai import Mistral
from openai import OpenAI

from config import get_settings
from services.clients import get_mistral_client, get_openai_client


def _normalize(mat: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(mat, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return mat / norms


def embed_texts(texts: Sequence[str], client: OpenAI | None = None) -> np.ndarray:
    client = client or get_openai_client()
    resp = client.embeddings.create(
        model=get_settings().embedding_model,
        input=list(texts),
    )
    return _normalize(np.array([d.embedding for d in resp.data], dtype=np.float32))


async def embed_texts_async(texts: Sequence[str]) -> np.ndarray:
    client = get_openai_client()
    # the sync client is fine; push it off the event loop
    resp = await asyncio.to_thread(
        client.embeddings.create,
        model=get_settings().embedding_model,
        input=list(texts),
    )
    return _normalize(np.array([d.embedding for d in resp.data], dtype=np.float32))


def embed_with_mistral(texts: Sequence[str], client: Mistral | None = None) -> np.ndarray:
    """Used for the EU tenant, whose data must not leave Mistral."""
    client = client or get_mistral_client()
    resp = client.embeddings.create(model="mistral-embed", inputs=list(texts))
    return _normalize(np.array([d.embedding for d in resp.data], dtype=np.float32))


class ColumnIndex:
    """Cosine search over column descriptions."""

    def __init__(self, embedder=embed_texts):
        self._embed = embedder
        self.names: list[str] = []
        self.matrix: np.ndarray | None = None

    def build(self, descriptions: dict[str, str]) -> "ColumnIndex":
        self.names = list(descriptions)
        self.matrix = self._embed([f"{k}: {v}" for k, v in descriptions.items()])
        return self

    def search(self, query: str, k: int = 5) -> list[tuple[str, float]]:
        if self.matrix is None or not self.names:
            return []
        q = self._embed([query])[0]
        scores = self.matrix @ q
        order = np.argsort(-scores)[:k]
        return [(self.names[i], float(scores[i])) for i in order]
