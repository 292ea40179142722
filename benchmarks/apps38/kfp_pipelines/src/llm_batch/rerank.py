"""Rerankers used by the retrieval-eval pipeline."""

from __future__ import annotations

from dataclasses import dataclass

import voyageai

from llm_batch.clients import get_cohere
from llm_batch.config import COHERE_RERANK_MODEL


@dataclass
class Ranked:
    index: int
    score: float


class CohereReranker:
    def __init__(self, client=None, model: str = COHERE_RERANK_MODEL):
        self._co = client or get_cohere()
        self.model = model

    def rerank(self, query: str, docs: list[str], top_n: int = 10) -> list[Ranked]:
        resp = self._co.rerank(model=self.model, query=query, documents=docs, top_n=top_n)
        return [Ranked(r.index, r.relevance_score) for r in resp.results]


class VoyageReranker:
    def __init__(self, api_key: str | None = None, model: str = "rerank-2"):
        self._vo = voyageai.Client(api_key=api_key)
        self.model = model

    def rerank(self, query: str, docs: list[str], top_n: int = 10) -> list[Ranked]:
        resp = self._vo.rerank(query, docs, model=self.model, top_k=top_n)
        return [Ranked(r.index, r.relevance_score) for r in resp.results]


RERANKERS = {"cohere": CohereReranker, "voyage": VoyageReranker}


def build_reranker(name: str, **kwargs):
    return RERANKERS[name](**kwargs)
