from __future__ import annotations

import logging

import bentoml

from mlserve.clients import get_together_client
from mlserve.config import get_settings
from mlserve.providers import ProviderError, get_rerank_provider
from mlserve.types import RankedDocument, RerankRequest

logger = logging.getLogger("bentoml.reranker")


@bentoml.service(resources={"cpu": "1"}, traffic={"timeout": 30})
class RerankService:
    def __init__(self) -> None:
        self.cfg = get_settings().rerank
        self.providers = {name: get_rerank_provider(name) for name in ("cohere", "voyage")}
        # together is only used as a fallback; see INC-2291
        self.together = get_together_client()

    def _together_rerank(self, query: str, documents: list[str], top_n: int) -> list[tuple[int, float]]:
        resp = self.together.rerank.create(
            model="Salesforce/Llama-Rank-V1",
            query=query,
            documents=documents,
            top_n=top_n,
        )
        return [(r.index, r.relevance_score) for r in resp.results]

    @bentoml.api
    def rerank(self, request: RerankRequest) -> list[RankedDocument]:
        top_n = request.top_n or self.cfg.top_n
        provider = self.providers.get(self.cfg.provider)
        try:
            if provider is None:
                raise ProviderError(self.cfg.provider, "not configured")
            ranked = provider.rerank(request.query, request.documents, top_n=top_n)
        except Exception as exc:  # noqa: BLE001
            logger.warning("primary reranker failed (%s), falling back to together", exc)
            ranked = self._together_rerank(request.query, request.documents, top_n)
        return [RankedDocument(index=i, score=s, text=request.documents[i]) for i, s in ranked]
