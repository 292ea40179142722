"""Hybrid retrieval: vector candidates, lexical scoring, then a semantic rerank."""
from __future__ import annotations

import logging
import math
import re
from collections import Counter

import voyageai

from docflow.config import settings
from docflow.models import DocumentChunk
from docflow.providers import get_provider

logger = logging.getLogger(__name__)

_TOKEN = re.compile(r"[a-z0-9]+")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _cosine(a: list[float], b: list[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def embed_query(query: str) -> list[float]:
    return get_provider("openai").embed([query])[0]


def rerank(query: str, passages: list[str], top_k: int = 10, k1: float = 1.4, b: float = 0.75) -> list[tuple[int, float]]:
    """BM25 scoring of ``passages`` against ``query``; returns (index, score) pairs."""
    docs = [_tokens(p) for p in passages]
    if not docs:
        return []
    avg_len = sum(len(d) for d in docs) / len(docs)
    df: Counter[str] = Counter()
    for d in docs:
        df.update(set(d))
    scores: list[tuple[int, float]] = []
    for i, d in enumerate(docs):
        tf = Counter(d)
        score = 0.0
        for term in set(_tokens(query)):
            if term not in tf:
                continue
            idf = math.log(1 + (len(docs) - df[term] + 0.5) / (df[term] + 0.5))
            score += idf * tf[term] * (k1 + 1) / (tf[term] + k1 * (1 - b + b * len(d) / (avg_len or 1)))
        scores.append((i, score))
    scores.sort(key=lambda pair: pair[1], reverse=True)
    return scores[:top_k]


def vector_candidates(tenant_id: int, query_vector: list[float], limit: int = 50) -> list[DocumentChunk]:
    chunks = DocumentChunk.query.filter_by(tenant_id=tenant_id, embedding_model=settings.embedding_model).all()
    scored = sorted(chunks, key=lambda c: _cosine(query_vector, c.embedding or []), reverse=True)
    return scored[:limit]


def semantic_rerank(query: str, chunks: list[DocumentChunk], top_k: int = 8) -> list[tuple[DocumentChunk, float]]:
    if not chunks:
        return []
    voyage = get_provider("voyage")
    try:
        result = voyage.client.rerank(
            query,
            [c.text for c in chunks],
            model=settings.voyage_rerank_model,
            top_k=top_k,
        )
    except voyageai.error.VoyageError:
        logger.warning("voyage rerank failed, falling back to cohere", exc_info=True)
        cohere_provider = get_provider("cohere")
        ranked = cohere_provider.rerank(query, [c.text for c in chunks], top_n=top_k)  # type: ignore[attr-defined]
        return [(chunks[i], score) for i, score in ranked]
    return [(chunks[r.index], r.relevance_score) for r in result.results]


def hybrid_search(tenant_id: int, query: str, top_k: int = 8) -> list[tuple[DocumentChunk, float]]:
    candidates = vector_candidates(tenant_id, embed_query(query))
    lexical = rerank(query, [c.text for c in candidates], top_k=25)
    shortlist = [candidates[i] for i, _ in lexical]
    return semantic_rerank(query, shortlist, top_k=top_k)
