"""Second-stage rerankers for search results."""
import logging
from dataclasses import dataclass
from typing import Dict, List, Optional, Protocol, Type

from docproc.clients import cohere_client, voyage_client
from docproc.settings import settings

logger = logging.getLogger(__name__)


@dataclass
class RerankResult:
    index: int
    score: float


class Reranker(Protocol):
    name: str

    def rerank(self, query: str, documents: List[str], top_k: int = 10) -> List[RerankResult]:
        ...


class VoyageReranker:
    name = "voyage"

    def __init__(self, client=None):
        self.client = client or voyage_client()

    def rerank(self, query: str, documents: List[str], top_k: int = 10) -> List[RerankResult]:
        if not documents:
            return []
        reranking = self.client.rerank(query, documents, model=settings.voyage_rerank_model, top_k=top_k)
        return [RerankResult(index=r.index, score=r.relevance_score) for r in reranking.results]


class CohereReranker:
    name = "cohere"

    def __init__(self, client=None):
        self.co = client or cohere_client()

    def rerank(self, query: str, documents: List[str], top_k: int = 10) -> List[RerankResult]:
        if not documents:
            return []
        response = self.co.rerank(
            model=settings.cohere_rerank_model,
            query=query,
            documents=documents,
            top_n=min(top_k, len(documents)),
            max_tokens_per_doc=2048,
        )
        if response.meta and response.meta.billed_units:
            logger.debug("cohere rerank search_units=%s", response.meta.billed_units.search_units)
        return [RerankResult(index=r.index, score=r.relevance_score) for r in response.results]


class NoopReranker:
    name = "none"

    def rerank(self, query: str, documents: List[str], top_k: int = 10) -> List[RerankResult]:
        return [RerankResult(index=i, score=1.0 - i / 1000) for i in range(min(top_k, len(documents)))]


_RERANKERS: Dict[str, Type] = {
    "voyage": VoyageReranker,
    "cohere": CohereReranker,
    "none": NoopReranker,
}


def get_reranker(name: Optional[str] = None) -> Reranker:
    key = (name or settings.rerank_provider).lower()
    try:
        return _RERANKERS[key]()
    except KeyError:
        raise ValueError(f"unknown reranker {key!r}; choose from {sorted(_RERANKERS)}") from None
