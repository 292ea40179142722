from __future__ import annotations

import logging

from django.conf import settings

from ai import get_cohere_client

logger = logging.getLogger(__name__)


def rerank_chunks(query: str, chunks: list, top_n: int = 8, client=None) -> list:
    """Reorder PageChunk rows by Cohere relevance. Falls back to input order."""
    if len(chunks) <= 1:
        return chunks
    co = client or get_cohere_client()
    try:
        response = co.rerank(
            model=settings.AI_RERANK_MODEL,
            query=query,
            documents=[c.text for c in chunks],
            top_n=min(top_n, len(chunks)),
        )
    except Exception:
        logger.exception("rerank failed; using vector order")
        return chunks[:top_n]
    return [chunks[r.index] for r in response.results if r.relevance_score > 0.05]
