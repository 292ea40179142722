"""Reranking helpers. Cohere is the default; Voyage is used for the EU tenant."""
import logging

from app.services.clients import get_voyage

log = logging.getLogger(__name__)


def rerank_cohere(client, query, documents, top_n=5, model="rerank-english-v3.0"):
    resp = client.rerank(model=model, query=query, documents=documents, top_n=top_n)
    return [
        {"index": r.index, "score": r.relevance_score, "document": documents[r.index]}
        for r in resp.results
    ]


def rerank_voyage(query, documents, top_n=5):
    vo = get_voyage()
    reranking = vo.rerank(query, documents, model="rerank-2", top_k=top_n)
    return [
        {"index": r.index, "score": r.relevance_score, "document": r.document}
        for r in reranking.results
    ]


RERANKERS = {
    "cohere": rerank_cohere,
    "voyage": rerank_voyage,
}
