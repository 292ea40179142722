"""Embeddings for the 'related notes' sidebar and citation search."""
from __future__ import annotations

import logging
import math
from typing import Sequence

import google.generativeai as genai
import ollama

from quillpad.services.clients import get_cohere_client, get_openai_client
from quillpad.settings import app_settings

log = logging.getLogger(__name__)

OPENAI_EMBED_MODEL = "text-embedding-3-small"
COHERE_EMBED_MODEL = "embed-english-v3.0"
GEMINI_EMBED_MODEL = "models/text-embedding-004"
OLLAMA_EMBED_MODEL = "nomic-embed-text"


def embed_texts(texts: Sequence[str], provider: str | None = None) -> list[list[float]]:
    provider = provider or app_settings().embedding_provider
    texts = [t.replace("\n", " ") for t in texts]
    if provider == "cohere":
        co = get_cohere_client()
        res = co.embed(
            texts=list(texts),
            model=COHERE_EMBED_MODEL,
            input_type="search_document",
            embedding_types=["float"],
        )
        return [list(v) for v in res.embeddings.float_]
    if provider == "google":
        # configure() already happened in clients.gemini_model at startup
        out = genai.embed_content(model=GEMINI_EMBED_MODEL, content=list(texts), task_type="retrieval_document")
        return out["embedding"]
    if provider == "ollama":
        resp = ollama.embed(model=OLLAMA_EMBED_MODEL, input=list(texts))
        return resp["embeddings"]
    client = get_openai_client()
    resp = client.embeddings.create(model=OPENAI_EMBED_MODEL, input=list(texts))
    return [d.embedding for d in resp.data]


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


class EmbeddingIndex:
    """Tiny in-memory index; good enough for a few thousand paragraphs."""

    def __init__(self) -> None:
        self._items: list[tuple[str, list[float]]] = []

    def add(self, texts: Sequence[str]) -> None:
        vectors = embed_texts(texts)
        self._items.extend(zip(texts, vectors))

    def search(self, query: str, k: int = 5) -> list[tuple[str, float]]:
        if not self._items:
            return []
        [qv] = embed_texts([query])
        scored = [(text, cosine(qv, vec)) for text, vec in self._items]
        scored.sort(key=lambda t: t[1], reverse=True)
        return scored[:k]

    def clear(self) -> None:
        self._items.clear()
