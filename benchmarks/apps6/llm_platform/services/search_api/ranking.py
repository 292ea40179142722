"""Second-stage ranking of vector search hits."""
from __future__ import annotations

import logging
from typing import List, Sequence

from services.search_api.indexer import Hit

logger = logging.getLogger(__name__)

RERANK_MODEL = "rerank-v3.5"
MIN_SCORE = 0.05


def rerank_hits(co, query: str, hits: Sequence[Hit], top_n: int = 10) -> List[Hit]:
    """Rerank with Cohere; ``co`` is the ClientV2 owned by the app."""
    if not hits:
        return []
    docs = [h.text for h in hits]
    try:
        resp = co.rerank(model=RERANK_MODEL, query=query, documents=docs, top_n=min(top_n, len(docs)))
    except Exception:  # noqa: BLE001
        logger.exception("rerank failed, falling back to vector order")
        return list(hits[:top_n])
    return [
        Hit(hits[r.index].doc_id, hits[r.index].text, r.relevance_score)
        for r in resp.results
        if r.relevance_score >= MIN_SCORE
    ]
