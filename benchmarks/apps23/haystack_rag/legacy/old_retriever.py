"""Original numpy retriever from before the Haystack migration.

Kept because the nightly digest still ranks tickets with it.
"""
from __future__ import annotations

import logging
import os

import numpy as np
import openai
import requests

logger = logging.getLogger(__name__)

openai.api_key = os.getenv("OPENAI_API_KEY")
OLLAMA_URL = os.getenv("OLLAMA_URL", "http://localhost:11434")
EMBED_MODEL = "text-embedding-ada-002"


def embed_texts(texts: list[str]) -> np.ndarray:
    out = []
    for i in range(0, len(texts), 100):
        resp = openai.embeddings.create(model=EMBED_MODEL, input=texts[i : i + 100])
        out.extend(d.embedding for d in resp.data)
    return np.asarray(out, dtype=np.float32)


def embed_texts_local(texts: list[str], model: str = "nomic-embed-text") -> np.ndarray:
    """Same as embed_texts but against Ollama (for laptops without an API key)."""
    vectors = []
    for text in texts:
        r = requests.post(f"{OLLAMA_URL}/api/embeddings", json={"model": model, "prompt": text}, timeout=30)
        r.raise_for_status()
        vectors.append(r.json()["embedding"])
    return np.asarray(vectors, dtype=np.float32)


class NumpyRetriever:
    def __init__(self, texts: list[str], use_local: bool = False):
        self.texts = texts
        self.use_local = use_local
        self.matrix = self._embed(texts)
        self.matrix /= np.linalg.norm(self.matrix, axis=1, keepdims=True)

    def _embed(self, texts: list[str]) -> np.ndarray:
        return embed_texts_local(texts) if self.use_local else embed_texts(texts)

    def search(self, query: str, k: int = 5) -> list[tuple[int, float]]:
        q = self._embed([query])[0]
        q /= np.linalg.norm(q)
        scores = self.matrix @ q
        top = np.argsort(-scores)[:k]
        return [(int(i), float(scores[i])) for i in top]
