"""Batched embeddings for the indexing teams.

``embed_many`` fans batches out over a thread pool.  Historically this used
OpenAI only; the cohere path was added for the multilingual index.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from gateway.clients import get_cohere_client, get_openai_client

log = logging.getLogger(__name__)

BATCH_SIZE = 96


def _batches(items, size):
    for i in range(0, len(items), size):
        yield i, items[i:i + size]


def embed_many(texts: list[str], model: str = "text-embedding-3-small", max_workers: int = 8) -> list[list[float]]:
    client = get_openai_client()
    out: list[list[float] | None] = [None] * len(texts)
    with ThreadPoolExecutor(max_workers=max_workers) as pool:
        futures = {
            pool.submit(client.embeddings.create, model=model, input=batch): offset
            for offset, batch in _batches(texts, BATCH_SIZE)
        }
        for fut in as_completed(futures):
            offset = futures[fut]
            resp = fut.result()
            for j, item in enumerate(resp.data):
                out[offset + j] = item.embedding
    return out  # type: ignore[return-value]


async def embed_multilingual(texts: list[str], input_type: str = "search_document") -> list[list[float]]:
    co = get_cohere_client()
    vectors: list[list[float]] = []
    for _, batch in _batches(texts, BATCH_SIZE):
        resp = await asyncio.to_thread(
            co.embed,
            texts=batch,
            model="embed-multilingual-v3.0",
            input_type=input_type,
            embedding_types=["float"],
        )
        vectors.extend(resp.embeddings.float_)
    return vectors


def embed_query(backend, text: str) -> list[float]:
    """Query-side embedding through whichever backend the index was built with."""
    if backend.name == "cohere":
        return backend.embed([text], input_type="search_query").vectors[0]
    return backend.embed([text]).vectors[0]
