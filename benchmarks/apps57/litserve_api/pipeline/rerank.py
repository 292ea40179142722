"""Reranking: Cohere rerank endpoint first, LLM-as-reranker as fallback."""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass

from apis.llm.registry import client_for
from pipeline.prompts import LLM_RERANK_SYSTEM, format_context
from retrieval.store import SearchHit
from utils.retry import with_backoff

log = logging.getLogger(__name__)


@dataclass
class Ranked:
    hit: SearchHit
    relevance: float


class CohereReranker:
    def __init__(self, client, model: str = "rerank-english-v3.0") -> None:
        self.co = client
        self.model = model

    def rerank(self, query: str, hits: list[SearchHit], top_n: int = 5) -> list[Ranked]:
        if not hits:
            return []
        resp = with_backoff(
            self.co.rerank,
            model=self.model,
            query=query,
            documents=[h.doc.text for h in hits],
            top_n=min(top_n, len(hits)),
        )
        return [Ranked(hits[r.index], r.relevance_score) for r in resp.results]


def llm_rerank(query: str, hits: list[SearchHit], top_n: int = 5, model: str = "gpt-4o-mini") -> list[Ranked]:
    """Fallback when Cohere is down. Uses whatever is registered as 'openai'."""
    oai = client_for("openai")
    resp = oai.chat.completions.create(
        model=model,
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": LLM_RERANK_SYSTEM},
            {"role": "user", "content": f"Question: {query}\n\n{format_context([h.doc.text for h in hits])}"},
        ],
    )
    try:
        scores = json.loads(resp.choices[0].message.content)["scores"]
    except (KeyError, ValueError, TypeError):
        log.warning("LLM reranker returned junk; keeping vector order")
        scores = [h.score for h in hits]
    ranked = sorted((Ranked(h, float(s)) for h, s in zip(hits, scores)), key=lambda r: -r.relevance)
    return ranked[:top_n]


class Reranker:
    """Facade used by the RAG API."""

    def __init__(self, cohere_client, use_llm_fallback: bool = True, model: str = "rerank-english-v3.0"):
        self.primary = CohereReranker(cohere_client, model)
        self.use_llm_fallback = use_llm_fallback

    def __call__(self, query: str, hits: list[SearchHit], top_n: int = 5) -> list[Ranked]:
        try:
            return self.primary.rerank(query, hits, top_n)
        except Exception:
            if not self.use_llm_fallback:
                raise
            log.exception("cohere rerank failed; falling back to LLM rerank")
            return llm_rerank(query, hits, top_n)
