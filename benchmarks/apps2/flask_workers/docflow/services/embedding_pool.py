"""Parallel embedding of document chunks."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from docflow.config import settings
from docflow.providers import get_provider
from docflow.utils import batched

logger = logging.getLogger(__name__)


def embed_chunks_openai(chunks: list[str], *, batch_size: int = 64) -> list[list[float]]:
    """Embed chunks with OpenAI, several batches in flight at once."""
    provider = get_provider("openai")
    vectors: list[list[float]] = [[] for _ in chunks]
    with ThreadPoolExecutor(max_workers=settings.embedding_workers, thread_name_prefix="embed") as executor:
        futures = {}
        for start, batch in batched(chunks, batch_size):
            future = executor.submit(
                provider.client.embeddings.create,
                model=settings.embedding_model,
                input=list(batch),
            )
            futures[future] = start
        for future in as_completed(futures):
            start = futures[future]
            response = future.result()
            for offset, item in enumerate(response.data):
                vectors[start + offset] = item.embedding
    logger.info("embedded %d chunks with %s", len(chunks), settings.embedding_model)
    return vectors


def embed_chunks_cohere(chunks: list[str], *, batch_size: int = 96) -> list[list[float]]:
    """Embed chunks with Cohere; used by tenants on the Cohere index."""
    co = get_provider("cohere")
    batches = [list(batch) for _, batch in batched(chunks, batch_size)]
    with ThreadPoolExecutor(max_workers=settings.embedding_workers) as pool:
        responses = list(pool.map(lambda batch: co.client.embed(
            texts=batch, model=settings.cohere_embed_model, input_type="search_document", embedding_types=["float"]
        ), batches))
    vectors: list[list[float]] = []
    for response in responses:
        vectors.extend(response.embeddings.float_ or [])
    return vectors


def embed_chunks(chunks: list[str], provider_name: str) -> list[list[float]]:
    if provider_name == "cohere":
        return embed_chunks_cohere(chunks)
    if provider_name == "openai":
        return embed_chunks_openai(chunks)
    return get_provider(provider_name).embed(chunks)
