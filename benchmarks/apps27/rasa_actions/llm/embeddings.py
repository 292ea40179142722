"""Embedding helpers for the FAQ retrieval.

English tenants use OpenAI embeddings; the Spanish/Portuguese tenants were moved to
Cohere multilingual embeddings in Q3 (see ``EMBEDDING_BACKEND``).
"""
from __future__ import annotations

import os
from typing import List, Sequence

from llm.clients import get_cohere_client, openai_client
from llm.config import get_settings

EMBEDDING_BACKEND = os.getenv("EMBEDDING_BACKEND", "openai")
_BATCH = 96


def _chunks(items: Sequence[str], size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


def embed_texts(texts: Sequence[str], *, for_query: bool = False) -> List[List[float]]:
    if not texts:
        return []
    if EMBEDDING_BACKEND == "cohere":
        return _embed_cohere(texts, for_query=for_query)
    return _embed_openai(texts)


def _embed_openai(texts: Sequence[str]) -> List[List[float]]:
    model = get_settings().model_for("openai_embed")
    vectors: List[List[float]] = []
    for batch in _chunks(list(texts), _BATCH):
        resp = openai_client.embeddings.create(model=model, input=batch)
        vectors.extend(item.embedding for item in sorted(resp.data, key=lambda d: d.index))
    return vectors


def _embed_cohere(texts: Sequence[str], *, for_query: bool) -> List[List[float]]:
    co = get_cohere_client()
    vectors: List[List[float]] = []
    for batch in _chunks(list(texts), _BATCH):
        resp = co.embed(
            texts=list(batch),
            model=get_settings().model_for("cohere_embed"),
            input_type="search_query" if for_query else "search_document",
            embedding_types=["float"],
        )
        vectors.extend(resp.embeddings.float_)
    return vectors


def embed_query(text: str) -> List[float]:
    return embed_texts([text], for_query=True)[0]
