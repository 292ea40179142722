"""Embeddings for product search / 'similar products' panel."""
from __future__ import annotations

import logging
from typing import Sequence

import numpy as np
from google.genai import types as genai_types

from ai.clients import get_together_client
from config import get_settings

log = logging.getLogger(__name__)
MODELS = get_settings().models

BATCH_SIZE = 96


def _batched(items: Sequence[str], size: int) -> list[Sequence[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def embed_texts(texts: Sequence[str], model: str | None = None) -> np.ndarray:
    """Embed with Together (cheap, good enough for product titles)."""
    client = get_together_client()
    vectors: list[list[float]] = []
    for chunk in _batched(list(texts), BATCH_SIZE):
        resp = client.embeddings.create(model=model or MODELS.together_embedding, input=list(chunk))
        vectors.extend(item.embedding for item in resp.data)
    arr = np.asarray(vectors, dtype=np.float32)
    return arr / np.linalg.norm(arr, axis=1, keepdims=True).clip(min=1e-9)


def embed_with_gemini(client, texts: Sequence[str], task_type: str = "RETRIEVAL_DOCUMENT") -> np.ndarray:
    """Gemini embeddings; the caller passes the genai client (bundle.gemini)."""
    result = client.models.embed_content(
        model=MODELS.gemini_embedding,
        contents=list(texts),
        config=genai_types.EmbedContentConfig(task_type=task_type, output_dimensionality=768),
    )
    return np.asarray([e.values for e in result.embeddings], dtype=np.float32)


def cosine_top_k(query: np.ndarray, matrix: np.ndarray, k: int = 10) -> list[tuple[int, float]]:
    scores = matrix @ query.reshape(-1)
    idx = np.argsort(-scores)[:k]
    return [(int(i), float(scores[i])) for i in idx]
