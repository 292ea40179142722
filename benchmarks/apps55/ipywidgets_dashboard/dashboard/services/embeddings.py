"""Semantic column search: 'which column holds revenue?'"""
from __future__ import annotations

import asyncio
import functools
import logging

import numpy as np

from dashboard.llm import get_genai_client

log = logging.getLogger(__name__)


def _cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=-1, keepdims=True)
    b = b / np.linalg.norm(b, axis=-1, keepdims=True)
    return a @ b.T


class ColumnIndex:
    def __init__(self, openai_client, model: str = "text-embedding-3-small"):
        self._client = openai_client
        self.model = model
        self._names: list[str] = []
        self._vectors: np.ndarray | None = None

    def build(self, columns: dict[str, str]) -> None:
        """columns: name -> short description (dtype + samples)."""
        self._names = list(columns)
        texts = [f"{name}: {desc}" for name, desc in columns.items()]
        resp = self._client.embeddings.create(model=self.model, input=texts)
        self._vectors = np.array([d.embedding for d in resp.data])

    async def abuild(self, columns: dict[str, str]) -> None:
        self._names = list(columns)
        texts = [f"{name}: {desc}" for name, desc in columns.items()]
        resp = await asyncio.to_thread(self._client.embeddings.create, model=self.model, input=texts)
        self._vectors = np.array([d.embedding for d in resp.data])

    def search(self, query: str, k: int = 5) -> list[tuple[str, float]]:
        if self._vectors is None:
            return []
        q = self._client.embeddings.create(model=self.model, input=[query]).data[0].embedding
        scores = _cosine(np.array([q]), self._vectors)[0]
        order = np.argsort(-scores)[:k]
        return [(self._names[i], float(scores[i])) for i in order]


class MistralColumnIndex(ColumnIndex):
    """Cheaper variant used for very wide tables (added by data-eng, 2024-09)."""

    def __init__(self, mistral_client, model: str = "mistral-embed", batch_size: int = 64):
        super().__init__(openai_client=None, model=model)
        self._embed = functools.partial(mistral_client.embeddings.create, model=model)
        self.batch_size = batch_size

    def build(self, columns: dict[str, str]) -> None:
        self._names = list(columns)
        texts = [f"{name}: {desc}" for name, desc in columns.items()]
        vectors = []
        for i in range(0, len(texts), self.batch_size):
            res = self._embed(inputs=texts[i : i + self.batch_size])
            vectors.extend(d.embedding for d in res.data)
        self._vectors = np.array(vectors)

    def search(self, query: str, k: int = 5) -> list[tuple[str, float]]:
        if self._vectors is None:
            return []
        q = self._embed(inputs=[query]).data[0].embedding
        scores = _cosine(np.array([q]), self._vectors)[0]
        order = np.argsort(-scores)[:k]
        return [(self._names[i], float(scores[i])) for i in order]


def gemini_embed(texts: list[str], model: str = "text-embedding-004", client=None) -> list[list[float]]:
    client = client or get_genai_client()
    result = client.models.embed_content(model=model, contents=texts)
    return [e.values for e in result.embeddings]
