"""Embedding backends behind one small interface.

The RAG index pipeline lets you pick a backend by name; the registry below
maps names to callables taking (texts, input_type) -> list of vectors.
"""

from __future__ import annotations

import asyncio
import logging
import math
from typing import Callable, Sequence

from google.genai import types

from llm_batch import clients
from llm_batch.config import COHERE_EMBED_MODEL, VOYAGE_EMBED_MODEL, load_settings

log = logging.getLogger(__name__)

Embedder = Callable[[Sequence[str], str], list[list[float]]]


def _voyage(texts: Sequence[str], input_type: str) -> list[list[float]]:
    vo = clients.get_voyage()
    result = vo.embed(list(texts), model=VOYAGE_EMBED_MODEL, input_type=input_type)
    return result.embeddings


def _cohere(texts: Sequence[str], input_type: str) -> list[list[float]]:
    co = clients.get_cohere()
    ct = "search_document" if input_type == "document" else "search_query"
    resp = co.embed(texts=list(texts), model=COHERE_EMBED_MODEL, input_type=ct, embedding_types=["float"])
    return resp.embeddings.float_


def _openai(texts: Sequence[str], input_type: str) -> list[list[float]]:
    resp = clients.get_openai().embeddings.create(model="text-embedding-3-large", input=list(texts), dimensions=1024)
    return [d.embedding for d in resp.data]


def _gemini(texts: Sequence[str], input_type: str) -> list[list[float]]:
    task = "RETRIEVAL_DOCUMENT" if input_type == "document" else "RETRIEVAL_QUERY"
    resp = clients.get_genai_client().models.embed_content(
        model=load_settings().embed_model,
        contents=list(texts),
        config=types.EmbedContentConfig(task_type=task, output_dimensionality=768),
    )
    return [e.values for e in resp.embeddings]


EMBEDDERS: dict[str, Embedder] = {
    "voyage": _voyage,
    "cohere": _cohere,
    "openai": _openai,
    "gemini": _gemini,
}

BATCH_LIMITS = {"voyage": 128, "cohere": 96, "openai": 512, "gemini": 250}


def embed_texts(texts: Sequence[str], backend: str = "gemini", input_type: str = "document") -> list[list[float]]:
    fn = EMBEDDERS[backend]
    step = BATCH_LIMITS[backend]
    vectors: list[list[float]] = []
    for start in range(0, len(texts), step):
        vectors.extend(fn(texts[start : start + step], input_type))
    log.info("embedded %d texts with %s", len(vectors), backend)
    return vectors


def voyage_token_budget(texts: Sequence[str]) -> int:
    # local tokenizer, no request billed
    return clients.get_voyage().count_tokens(list(texts), model=VOYAGE_EMBED_MODEL)


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    na = math.sqrt(sum(x * x for x in a))
    nb = math.sqrt(sum(y * y for y in b))
    return dot / (na * nb) if na and nb else 0.0


async def embed_queries_async(queries: Sequence[str]) -> list[list[float]]:
    """Query-side embeddings for the retrieval eval; voyageai's sync client in a thread."""
    vo = clients.get_voyage()
    result = await asyncio.to_thread(vo.embed, list(queries), model=VOYAGE_EMBED_MODEL, input_type="query")
    return result.embeddings


def top_k(query_vec: Sequence[float], index: list[tuple[str, list[float]]], k: int = 20) -> list[tuple[str, float]]:
    scored = [(doc_id, _cosine(query_vec, vec)) for doc_id, vec in index]
    scored.sort(key=lambda x: -x[1])
    return scored[:k]


def retrieve(queries: Sequence[str], index: list[tuple[str, list[float]]], k: int = 20) -> list[list[tuple[str, float]]]:
    vecs = asyncio.run(embed_queries_async(queries))
    return [top_k(v, index, k) for v in vecs]
