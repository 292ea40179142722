from typing import List, Sequence, Tuple

from include.config import settings
from include.llm.clients import get_together_client

_local_model = None


def _cross_encoder():
    global _local_model
    if _local_model is None:
        from sentence_transformers import CrossEncoder

        _local_model = CrossEncoder("cross-encoder/ms-marco-MiniLM-L-6-v2", max_length=256)
    return _local_model


def rerank_remote(query: str, documents: Sequence[str], top_n: int = 10) -> List[Tuple[int, float]]:
    client = get_together_client()
    response = client.rerank.create(
        model=settings.together.rerank_model,
        query=query,
        documents=list(documents),
        top_n=min(top_n, len(documents)),
    )
    return [(r.index, r.relevance_score) for r in response.results]


def rerank_local(query: str, documents: Sequence[str], top_n: int = 10) -> List[Tuple[int, float]]:
    """CPU fallback for dev environments and when the feature flag is off."""
    scores = _cross_encoder().predict([(query, doc) for doc in documents])
    ranked = sorted(enumerate(scores), key=lambda pair: pair[1], reverse=True)
    return [(i, float(s)) for i, s in ranked[:top_n]]


def rerank(query: str, documents: Sequence[str], top_n: int = 10) -> List[Tuple[int, float]]:
    if not documents:
        return []
    if settings.feature_flags.get("rerank_enabled"):
        return rerank_remote(query, documents, top_n)
    return rerank_local(query, documents, top_n)
