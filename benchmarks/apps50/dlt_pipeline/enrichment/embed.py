"""Embedding helpers for the knowledge-base pipeline."""
from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Optional, Sequence

import openai

from enrichment import settings
from enrichment.clients import get_openai_client, get_voyage_client

logger = logging.getLogger(__name__)

OPENAI_MAX_BATCH = 512
VOYAGE_MAX_BATCH = 128


def _batched(items: Sequence[str], size: int):
    for start in range(0, len(items), size):
        yield items[start : start + size]


def embed_texts_openai(
    texts: Sequence[str],
    client: Optional[openai.OpenAI] = None,
    model: Optional[str] = None,
) -> list[list[float]]:
    client = client or get_openai_client()
    model = model or settings.embedding_model()
    vectors: list[list[float]] = []
    for batch in _batched(list(texts), OPENAI_MAX_BATCH):
        resp = client.embeddings.create(model=model, input=batch)
        vectors.extend(item.embedding for item in sorted(resp.data, key=lambda d: d.index))
    return vectors


def embed_texts_voyage(texts: Sequence[str], input_type: str = "document") -> list[list[float]]:
    vo = get_voyage_client()
    vectors: list[list[float]] = []
    for batch in _batched(list(texts), VOYAGE_MAX_BATCH):
        result = vo.embed(batch, model=settings.voyage_model(), input_type=input_type, truncation=True)
        logger.debug("voyage batch of %d used %d tokens", len(batch), result.total_tokens)
        vectors.extend(result.embeddings)
    return vectors


def count_voyage_tokens(texts: Sequence[str]) -> int:
    """Pre-flight check so we can skip oversized articles before paying for them."""
    return get_voyage_client().count_tokens(list(texts), model=settings.voyage_model())


def rerank_chunks(query: str, chunks: Sequence[str], top_k: int = 5) -> list[tuple[int, float]]:
    reranking = get_voyage_client().rerank(query, list(chunks), model="rerank-2", top_k=top_k)
    return [(r.index, r.relevance_score) for r in reranking.results]


def embed_parallel(batches: Sequence[Sequence[str]], max_workers: Optional[int] = None) -> list[list[float]]:
    """Fan batches out across threads; used by the backfill script."""
    client = get_openai_client()
    model = settings.embedding_model()
    with ThreadPoolExecutor(max_workers=max_workers or settings.max_concurrency()) as pool:
        futures = [
            pool.submit(client.embeddings.create, model=model, input=list(batch))
            for batch in batches
        ]
        out: list[list[float]] = []
        for fut in futures:
            out.extend(d.embedding for d in fut.result().data)
    return out


EMBEDDERS: dict[str, Callable[[Sequence[str]], list[list[float]]]] = {
    "openai": embed_texts_openai,
    "voyage": embed_texts_voyage,
}


def get_embedder(provider: str) -> Callable[[Sequence[str]], list[list[float]]]:
    return EMBEDDERS[provider]
