"""Embedding helpers.

The OpenAI helper takes the client as an argument so that callers can reuse
their own (the indexer keeps one per worker process).
"""
from __future__ import annotations

import logging
from itertools import islice
from typing import Iterable, Iterator, List, Optional, Sequence

from openai import OpenAI

from llmkit.clients import get_genai_client
from llmkit.config import get_settings
from llmkit.retry import retry

logger = logging.getLogger(__name__)

Vector = List[float]


def chunked(items: Sequence[str], size: int) -> Iterator[Sequence[str]]:
    it = iter(items)
    while True:
        batch = list(islice(it, size))
        if not batch:
            return
        yield batch


def normalize(vec: Iterable[float]) -> Vector:
    values = list(vec)
    norm = sum(v * v for v in values) ** 0.5 or 1.0
    return [v / norm for v in values]


@retry(attempts=3)
def embed_openai(client: OpenAI, texts: Sequence[str], model: Optional[str] = None,
                 batch_size: int = 256) -> List[Vector]:
    model = model or get_settings().openai_embedding_model
    vectors: List[Vector] = []
    for batch in chunked(texts, batch_size):
        resp = client.embeddings.create(model=model, input=list(batch))
        vectors.extend(d.embedding for d in sorted(resp.data, key=lambda d: d.index))
    return vectors


@retry(attempts=3)
def embed_gemini(texts: Sequence[str], task_type: str = "RETRIEVAL_DOCUMENT") -> List[Vector]:
    client = get_genai_client()
    resp = client.models.embed_content(
        model=get_settings().gemini_embedding_model,
        contents=list(texts),
        config={"task_type": task_type},
    )
    return [list(e.values or []) for e in (resp.embeddings or [])]


def embed_cohere(client, texts: Sequence[str], input_type: str = "search_document") -> List[Vector]:
    """``client`` is a cohere ClientV2 (see ``Container.get("cohere")``)."""
    resp = client.embed(
        model=get_settings().cohere_embed_model,
        texts=list(texts),
        input_type=input_type,
        embedding_types=["float"],
    )
    return [list(v) for v in resp.embeddings.float_]


def embed_query(text: str, provider: str = "openai") -> Vector:
    from llmkit.container import get_container

    if provider == "openai":
        return normalize(embed_openai(get_container().get("openai"), [text])[0])
    if provider == "google":
        return normalize(embed_gemini([text], task_type="RETRIEVAL_QUERY")[0])
    if provider == "cohere":
        return normalize(embed_cohere(get_container().get("cohere"), [text], input_type="search_query")[0])
    raise ValueError(f"unsupported embedding provider: {provider}")
