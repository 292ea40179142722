"""Embedding helpers shared by rag_eval and embedding_drift."""
from __future__ import annotations

from typing import Iterable, Sequence

import numpy as np

from nbutils.clients import get_openai_client, get_voyage_client
from nbutils.config import settings

BATCH = 128


def _batched(items: Sequence[str], size: int = BATCH) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def embed_openai(texts: Sequence[str], model: str | None = None) -> np.ndarray:
    client = get_openai_client()
    model = model or settings.openai_embed_model
    vectors: list[list[float]] = []
    for chunk in _batched(list(texts)):
        resp = client.embeddings.create(model=model, input=list(chunk))
        vectors.extend(item.embedding for item in resp.data)
    return np.asarray(vectors, dtype=np.float32)


def embed_voyage(texts: Sequence[str], input_type: str = "document", model: str | None = None) -> np.ndarray:
    vo = get_voyage_client()
    out: list[list[float]] = []
    for chunk in _batched(list(texts), 64):
        result = vo.embed(list(chunk), model=model or settings.voyage_model, input_type=input_type)
        out.extend(result.embeddings)
    return np.asarray(out, dtype=np.float32)


def voyage_token_budget(texts: Sequence[str]) -> int:
    # count_tokens is local tokenisation, no request is billed
    return get_voyage_client().count_tokens(list(texts), model=settings.voyage_model)


def cosine_sim(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    a = a / np.linalg.norm(a, axis=-1, keepdims=True)
    b = b / np.linalg.norm(b, axis=-1, keepdims=True)
    return a @ b.T


def centroid_shift(before: np.ndarray, after: np.ndarray) -> float:
    c0 = before.mean(axis=0)
    c1 = after.mean(axis=0)
    return float(1.0 - (c0 @ c1) / (np.linalg.norm(c0) * np.linalg.norm(c1)))
