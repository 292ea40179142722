"""Rerank retrieval candidates before they go into the eval set."""
from __future__ import annotations

from typing import List

from flytekit import task

from labelling_flows import config, llm
from labelling_flows.images import llm_image
from labelling_flows.secrets import COHERE_SECRET, TOGETHER_SECRET


@task(container_image=llm_image, secret_requests=[COHERE_SECRET], retries=2)
def rerank_cohere(query: str, candidates: List[dict], top_n: int = 5) -> List[dict]:
    co = llm.get_cohere_client()
    result = co.rerank(
        model=config.COHERE_RERANK_MODEL,
        query=query,
        documents=[c["text"] for c in candidates],
        top_n=top_n,
    )
    return [{**candidates[r.index], "relevance": r.relevance_score} for r in result.results]


@task(container_image=llm_image, secret_requests=[TOGETHER_SECRET], retries=2)
def rerank_together(query: str, candidates: List[dict], top_n: int = 5) -> List[dict]:
    client = llm.get_together_client()
    response = client.rerank.create(
        model=config.TOGETHER_RERANK_MODEL,
        query=query,
        documents=[c["text"] for c in candidates],
        top_n=top_n,
    )
    return [{**candidates[r.index], "relevance": r.relevance_score} for r in response.results]
