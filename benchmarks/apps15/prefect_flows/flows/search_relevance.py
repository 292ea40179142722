"""Weekly search relevance evaluation.

For each query in the golden set: vector search (Typesense) -> Cohere rerank -> LLM judge
scores both orderings; we report nDCG@10 with and without rerank.
"""
from __future__ import annotations

import asyncio
import math
from typing import Any, Dict, List, Sequence

import httpx
import litellm
from google.genai import types
from prefect import flow, task
from prefect.artifacts import create_markdown_artifact

from lib import prompts
from lib.blocks import load_secret
from lib.clients import gemini_client, get_cohere
from lib.logging_utils import get_logger
from lib.settings import settings
from lib.storage import ArtefactStore
from lib.textutils import batched, parse_json_output

JUDGE_BUDGET_TOKENS = 6_000


def ndcg_at_k(scores: Sequence[float], k: int = 10) -> float:
    dcg = sum((2 ** s - 1) / math.log2(i + 2) for i, s in enumerate(scores[:k]))
    ideal = sorted(scores, reverse=True)[:k]
    idcg = sum((2 ** s - 1) / math.log2(i + 2) for i, s in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


@task
def load_golden_set(name: str = "golden_queries_v4.json") -> List[Dict[str, Any]]:
    return ArtefactStore(prefix="search-relevance").get_json(name)


@task(retries=2, retry_delay_seconds=20, tags=["gemini"])
async def embed_queries(queries: List[str]) -> List[List[float]]:
    client = gemini_client()
    vectors: List[List[float]] = []
    for batch in batched(queries, 100):
        resp = await client.aio.models.embed_content(
            model=settings.gemini_embed_model,
            contents=batch,
            config=types.EmbedContentConfig(task_type="RETRIEVAL_QUERY",
                                            output_dimensionality=settings.gemini_embed_dim),
        )
        vectors.extend(list(e.values or []) for e in resp.embeddings or [])
    return vectors


async def _vector_search(http: httpx.AsyncClient, vector: List[float], k: int = 30) -> List[Dict[str, Any]]:
    body = {
        "searches": [{
            "collection": settings.typesense_collection,
            "q": "*",
            "vector_query": f"embedding:([{','.join(f'{x:.6f}' for x in vector)}], k:{k})",
            "include_fields": "id,title,category",
        }]
    }
    r = await http.post("/multi_search", json=body)
    r.raise_for_status()
    return [hit["document"] for hit in r.json()["results"][0].get("hits", [])]


async def _judge(query: str, titles: List[str]) -> List[float]:
    messages = [{"role": "user", "content": prompts.RELEVANCE_JUDGE.substitute(
        query=query, results=prompts.format_results(titles))}]
    if litellm.token_counter(model=settings.litellm_judge_model, messages=messages) > JUDGE_BUDGET_TOKENS:
        titles = titles[:10]
        messages[0]["content"] = prompts.RELEVANCE_JUDGE.substitute(
            query=query, results=prompts.format_results(titles))
    resp = await litellm.acompletion(
        model=settings.litellm_judge_model,
        messages=messages,
        temperature=0.0,
        response_format={"type": "json_object"},
    )
    cost = litellm.completion_cost(completion_response=resp)
    get_logger().debug("judge %r cost $%.5f", query, cost)
    scores = parse_json_output(resp.choices[0].message.content or "{}").get("scores", [])
    return [float(s) for s in scores][: len(titles)]


@task(retries=1, tags=["cohere"])
async def evaluate_query(item: Dict[str, Any], vector: List[float]) -> Dict[str, Any]:
    co = get_cohere()
    async with httpx.AsyncClient(
        base_url=settings.typesense_url,
        headers={"X-TYPESENSE-API-KEY": load_secret("typesense-api-key")},
        timeout=30,
    ) as http:
        hits = await _vector_search(http, vector)
    if not hits:
        return {"query": item["query"], "ndcg_base": 0.0, "ndcg_rerank": 0.0}
    docs = [f"{h['title']} ({h['category']})" for h in hits]
    reranked = await asyncio.to_thread(
        co.rerank,
        model=settings.cohere_rerank_model,
        query=item["query"],
        documents=docs,
        top_n=10,
    )
    base_titles = [h["title"] for h in hits[:10]]
    rerank_titles = [hits[r.index]["title"] for r in reranked.results]
    base_scores, rerank_scores = await asyncio.gather(
        _judge(item["query"], base_titles), _judge(item["query"], rerank_titles)
    )
    return {
        "query": item["query"],
        "ndcg_base": round(ndcg_at_k(base_scores), 4),
        "ndcg_rerank": round(ndcg_at_k(rerank_scores), 4),
    }


@flow(name="search-relevance-eval")
async def search_relevance_eval(golden_set: str = "golden_queries_v4.json", sample: int = 0) -> Dict[str, float]:
    items = await load_golden_set(golden_set)
    if sample:
        items = items[:sample]
    vectors = await embed_queries([i["query"] for i in items])
    results = []
    for item, vec in zip(items, vectors):
        results.append(await evaluate_query(item, vec))

    base = sum(r["ndcg_base"] for r in results) / max(len(results), 1)
    rerank = sum(r["ndcg_rerank"] for r in results) / max(len(results), 1)
    await create_markdown_artifact(
        key="search-relevance",
        markdown=f"| metric | value |\n|---|---|\n| nDCG@10 vector | {base:.4f} |\n"
                 f"| nDCG@10 + rerank | {rerank:.4f} |\n| queries | {len(results)} |",
    )
    return {"ndcg_base": base, "ndcg_rerank": rerank, "queries": float(len(results))}
