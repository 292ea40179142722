"""Embeddings for the 'similar incidents' panel."""
from __future__ import annotations

import numpy as np

from analysis.clients import get_mistral_client
from analysis.state import CLIENTS
from config import settings


def embed_openai(texts: list[str]) -> np.ndarray:
    result = CLIENTS.openai.embeddings.create(model=settings.openai_embedding_model, input=texts)
    return np.array([d.embedding for d in result.data], dtype=np.float32)


def embed_mistral(texts: list[str]) -> np.ndarray:
    res = get_mistral_client().embeddings.create(model="mistral-embed", inputs=texts)
    return np.array([d.embedding for d in res.data], dtype=np.float32)


def cosine_top_k(query: np.ndarray, corpus: np.ndarray, k: int = 5) -> list[int]:
    q = query / (np.linalg.norm(query) + 1e-9)
    c = corpus / (np.linalg.norm(corpus, axis=1, keepdims=True) + 1e-9)
    scores = c @ q
    return list(np.argsort(-scores)[:k])


class IncidentIndex:
    def __init__(self, embed_fn=embed_openai):
        self._embed = embed_fn
        self._texts: list[str] = []
        self._matrix: np.ndarray | None = None

    def build(self, texts: list[str]) -> None:
        self._texts = list(texts)
        self._matrix = self._embed(self._texts) if texts else None

    def query(self, text: str, k: int = 5) -> list[str]:
        if self._matrix is None:
            return []
        vec = self._embed([text])[0]
        return [self._texts[i] for i in cosine_top_k(vec, self._matrix, k)]
