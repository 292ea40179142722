from typing import List, Tuple

from django.conf import settings

from services.ai import get_cohere_client, get_voyage_client


def rerank(tenant, query: str, documents: List[str], top_n: int = 8) -> List[Tuple[int, float]]:
    """Return (index, score) pairs for the best ``top_n`` documents."""
    if not documents:
        return []
    if tenant.embedding_provider == "voyage":
        result = get_voyage_client().rerank(
            query, documents, model=settings.VOYAGE_RERANK_MODEL, top_k=top_n
        )
        return [(r.index, r.relevance_score) for r in result.results]

    co = get_cohere_client()
    resp = co.rerank(
        model=settings.COHERE_RERANK_MODEL,
        query=query,
        documents=documents,
        top_n=top_n,
    )
    return [(r.index, r.relevance_score) for r in resp.results]
