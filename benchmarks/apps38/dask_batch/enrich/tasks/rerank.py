"""Search relevance: rerank + query rewriting on Together."""
from __future__ import annotations

import logging

from enrich.plugins import worker_clients

log = logging.getLogger(__name__)

RERANK_MODEL = "Salesforce/Llama-Rank-V1"
REWRITE_MODEL = "meta-llama/Llama-3.3-70B-Instruct-Turbo"


def rerank_query(item: dict, top_n: int = 10) -> dict:
    """item = {"query": str, "candidates": [{"doc_id":..., "text":...}, ...]}"""
    tg = worker_clients().together
    docs = [c["text"] for c in item["candidates"]]
    resp = tg.rerank.create(model=RERANK_MODEL, query=item["query"], documents=docs, top_n=top_n)
    ranked = [
        {"doc_id": item["candidates"][r.index]["doc_id"], "score": r.relevance_score}
        for r in resp.results
    ]
    return {"query": item["query"], "ranked": ranked}


def rewrite_query(query: str) -> str:
    tg = worker_clients().together
    stream = tg.chat.completions.create(
        model=REWRITE_MODEL,
        messages=[
            {"role": "system", "content": "Rewrite the shopper's search query to be specific. One line."},
            {"role": "user", "content": query},
        ],
        max_tokens=40,
        stream=True,
    )
    parts = []
    for chunk in stream:
        if chunk.choices and chunk.choices[0].delta.content:
            parts.append(chunk.choices[0].delta.content)
    return "".join(parts).strip()
