"""Retrieval-side metrics for RAG cases: how relevant is the retrieved context?"""
from __future__ import annotations

import math
from typing import Dict, List, Protocol

from evalkit.errors import ConfigError
from evalkit.metrics import Metric
from evalkit.models.base import ModelSpec
from evalkit.models.clients import get_together_client, get_voyage_client
from evalkit.schemas import ModelOutput, TestCase


class Reranker(Protocol):
    name: str

    def scores(self, query: str, documents: List[str]) -> Dict[int, float]:
        ...


class VoyageReranker:
    def __init__(self, model: str = "rerank-2.5") -> None:
        self.model = model
        self.name = f"voyage:{model}"
        self._vo = get_voyage_client()

    def scores(self, query: str, documents: List[str]) -> Dict[int, float]:
        reranking = self._vo.rerank(query, documents, model=self.model, top_k=None)
        return {r.index: r.relevance_score for r in reranking.results}


class TogetherReranker:
    def __init__(self, model: str = "Salesforce/Llama-Rank-V1") -> None:
        self.model = model
        self.name = f"together:{model}"
        self._client = get_together_client()

    def scores(self, query: str, documents: List[str]) -> Dict[int, float]:
        resp = self._client.rerank.create(model=self.model, query=query, documents=documents)
        return {r.index: r.relevance_score for r in resp.results}


def get_reranker(spec: str) -> Reranker:
    parsed = ModelSpec.parse(spec)
    if parsed.provider == "voyage":
        return VoyageReranker(parsed.model)
    if parsed.provider == "together":
        return TogetherReranker(parsed.model)
    raise ConfigError(f"no reranker for provider {parsed.provider!r}")


def ndcg(relevances: List[float]) -> float:
    dcg = sum(rel / math.log2(i + 2) for i, rel in enumerate(relevances))
    ideal = sum(rel / math.log2(i + 2) for i, rel in enumerate(sorted(relevances, reverse=True)))
    return dcg / ideal if ideal > 0 else 0.0


class ContextRelevance(Metric):
    """NDCG of the retrieved context order, using reranker scores as graded relevance.

    Only depends on the case, not on the model output, so results are cached per case.
    """

    def __init__(self, reranker: Reranker, min_relevance: float = 0.0) -> None:
        self.reranker = reranker
        self.min_relevance = min_relevance
        self.name = f"ctx_ndcg[{reranker.name}]"
        self._cache: Dict[str, float] = {}

    def score(self, case: TestCase, output: ModelOutput) -> float:
        if len(case.context) < 2:
            return float("nan")
        if case.id not in self._cache:
            by_index = self.reranker.scores(case.prompt, case.context)
            rels = [max(by_index.get(i, 0.0), self.min_relevance) for i in range(len(case.context))]
            self._cache[case.id] = round(ndcg(rels), 4)
        return self._cache[case.id]
