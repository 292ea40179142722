"""Embedding and retrieval helpers for review mining."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Sequence

import numpy as np

from toolkit.clients import get_cohere, get_openai
from toolkit.config import settings

logger = logging.getLogger(__name__)


def embed_texts(texts: Sequence[str], *, batch_size: int = 256, max_workers: int = 4) -> np.ndarray:
    """Embed reviews in parallel batches, preserving order."""
    client = get_openai()
    batches = [list(texts[i : i + batch_size]) for i in range(0, len(texts), batch_size)]
    vectors: list[list[float]] = []
    with ThreadPoolExecutor(max_workers=max_workers) as ex:
        futures = [
            ex.submit(client.embeddings.create, model=settings.embed_model, input=batch)
            for batch in batches
        ]
        for future in futures:
            vectors.extend(item.embedding for item in future.result().data)
    logger.info("embedded %d texts in %d batches", len(vectors), len(batches))
    return np.asarray(vectors, dtype=np.float32)


def nearest(query_vec: np.ndarray, matrix: np.ndarray, k: int = 20) -> list[int]:
    norms = np.linalg.norm(matrix, axis=1) * np.linalg.norm(query_vec)
    scores = matrix @ query_vec / np.where(norms == 0, 1, norms)
    return list(np.argsort(-scores)[:k])


def rerank_reviews(query: str, reviews: Sequence[str], top_n: int = 10) -> list[tuple[str, float]]:
    if not reviews:
        return []
    response = get_cohere().rerank(
        model=settings.cohere_rerank_model,
        query=query,
        documents=list(reviews),
        top_n=min(top_n, len(reviews)),
    )
    return [(reviews[r.index], r.relevance_score) for r in response.results]
