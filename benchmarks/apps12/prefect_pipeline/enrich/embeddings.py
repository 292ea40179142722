"""Text embeddings and reranking.

Cohere embed-english-v3.0 is the default index model. The multilingual review
index was built with mistral-embed and stays on it until the re-index project
(see data-eng#188) lands.
"""
from __future__ import annotations

import logging
from typing import List, Sequence, Tuple

from cohere.core.api_error import ApiError

from enrich.clients import cohere_client, mistral_client
from enrich.retry import retry_on
from enrich.settings import get_settings
from enrich.text import batched, normalize_whitespace

log = logging.getLogger(__name__)

Vector = List[float]


@retry_on((ApiError,), attempts=5)
def _embed_batch(batch: List[str], input_type: str) -> List[Vector]:
    s = get_settings()
    response = cohere_client().embed(
        texts=batch,
        model=s.cohere_embed_model,
        input_type=input_type,
        embedding_types=["float"],
        truncate="END",
    )
    return [list(v) for v in response.embeddings.float_]


def embed_texts(texts: Sequence[str], input_type: str = "search_document") -> List[Vector]:
    s = get_settings()
    cleaned = [normalize_whitespace(t) or " " for t in texts]
    vectors: List[Vector] = []
    for i, batch in enumerate(batched(cleaned, s.embed_batch_size)):
        vectors.extend(_embed_batch(batch, input_type))
        if i and i % 20 == 0:
            log.info("embedded %d/%d texts", len(vectors), len(cleaned))
    return vectors


def embed_query(text: str) -> Vector:
    return embed_texts([text], input_type="search_query")[0]


def rerank(query: str, documents: Sequence[str], top_n: int = 10) -> List[Tuple[int, float]]:
    if not documents:
        return []
    s = get_settings()
    co = cohere_client()
    result = co.rerank(
        model=s.cohere_rerank_model,
        query=query,
        documents=list(documents),
        top_n=min(top_n, len(documents)),
    )
    return [(r.index, r.relevance_score) for r in result.results]


def embed_texts_multilingual(texts: Sequence[str], batch_size: int = 64) -> List[Vector]:
    """mistral-embed vectors for the review index."""
    s = get_settings()
    client = mistral_client()
    out: List[Vector] = []
    for batch in batched([normalize_whitespace(t) for t in texts], batch_size):
        res = client.embeddings.create(model=s.mistral_embed_model, inputs=batch)
        out.extend(item.embedding for item in res.data)
    return out
