"""Second-stage reranking for the EU policy search (watsonx reranker; Cohere is not approved in EU)."""
from __future__ import annotations

from docai_models.config import ProviderSettings
from docai_models.providers.watsonx_provider import build_reranker


class EUPolicyReranker:
    def __init__(self, settings: ProviderSettings):
        self._reranker = build_reranker(settings)

    def rerank(self, query: str, passages: list[str], top_n: int = 5) -> list[tuple[int, float]]:
        result = self._reranker.generate(
            query=query,
            inputs=passages,
            params={"top_n": top_n, "return_options": {"top_n": top_n}},
        )
        return [(r["index"], r["score"]) for r in result["results"]]
