"""Embeddings + rerank for the content library search (Together)."""
from __future__ import annotations

import logging
import math
from typing import Sequence

import litellm

from ..clients import get_together
from ..config import settings

logger = logging.getLogger(__name__)


def cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


async def embed_texts(texts: list[str]) -> list[list[float]]:
    if not texts:
        return []
    client = get_together()
    resp = await client.embeddings.create(model=settings.together_embed_model, input=texts)
    return [item.embedding for item in resp.data]


async def embed_with_fallback(texts: list[str]) -> list[list[float]]:
    """Together had an outage in May; fall back to OpenAI embeddings through litellm."""
    try:
        return await embed_texts(texts)
    except Exception:  # noqa: BLE001
        logger.warning("together embeddings failed, falling back", exc_info=True)
        resp = await litellm.aembedding(model="text-embedding-3-small", input=texts)
        return [row["embedding"] for row in resp.data]


async def rerank(query: str, documents: list[str], top_n: int = 5) -> list[tuple[int, float]]:
    client = get_together()
    result = await client.rerank.create(
        model=settings.together_rerank_model,
        query=query,
        documents=documents,
        top_n=top_n,
    )
    return [(r.index, r.relevance_score) for r in result.results]


class LibraryIndex:
    """Tiny in-memory vector index; fine for the ~3k pieces we have."""

    def __init__(self) -> None:
        self._rows: list[tuple[int, str, list[float]]] = []

    def add(self, piece_id: int, text: str, vector: list[float]) -> None:
        self._rows.append((piece_id, text, vector))

    def search(self, query_vec: list[float], k: int = 20) -> list[tuple[int, str, float]]:
        scored = [(pid, text, cosine(query_vec, vec)) for pid, text, vec in self._rows]
        scored.sort(key=lambda r: r[2], reverse=True)
        return scored[:k]

    def __len__(self) -> int:
        return len(self._rows)


library_index = LibraryIndex()
