"""Offline relevance evaluation for the on-site search candidates.

1. generate synthetic shopper queries per product (Cohere Command R)
2. retrieve top-k candidates from each vector set
3. rerank with Cohere Rerank and compute nDCG@10 against the source product
"""
import json
import math
import random
from typing import Dict, List, Sequence

from dagster import AssetExecutionContext, Config, MaterializeResult, MetadataValue, asset

from ..llm.prompts import SYNTHETIC_QUERY_PROMPT
from ..models import Product
from ..resources import CohereResource, WarehouseResource
from ..utils import dedupe, get_logger

log = get_logger("search_quality")

MAX_DOC_TOKENS = 480


class EvalConfig(Config):
    sample_size: int = 300
    queries_per_product: int = 3
    seed: int = 7


def _ndcg_at_10(ranked_ids: Sequence[str], relevant: str) -> float:
    for rank, doc_id in enumerate(ranked_ids[:10], start=1):
        if doc_id == relevant:
            return 1.0 / math.log2(rank + 1)
    return 0.0


def _cosine_top_k(query: List[float], vectors: Dict[str, List[float]], k: int = 50) -> List[str]:
    def score(v: List[float]) -> float:
        dot = sum(a * b for a, b in zip(query, v))
        norm = math.sqrt(sum(a * a for a in query)) * math.sqrt(sum(b * b for b in v)) or 1.0
        return dot / norm

    return sorted(vectors, key=lambda sku: score(vectors[sku]), reverse=True)[:k]


@asset(group_name="search", deps=["product_embeddings_multilingual"], compute_kind="cohere")
def synthetic_search_queries(
    context: AssetExecutionContext, config: EvalConfig, cohere: CohereResource, warehouse: WarehouseResource
) -> MaterializeResult:
    products = [Product(**r) for r in warehouse.fetch_dicts(
        "select sku, title, description, brand, category_path from stg_products where is_searchable"
    )]
    random.Random(config.seed).shuffle(products)
    co = cohere.get_client()
    rows = []
    for product in products[: config.sample_size]:
        response = co.chat(
            model=cohere.chat_model,
            messages=[
                {
                    "role": "user",
                    "content": SYNTHETIC_QUERY_PROMPT.format(n=config.queries_per_product, product=product.as_prompt_block()),
                }
            ],
            temperature=0.7,
        )
        text = response.message.content[0].text if response.message.content else ""
        for query in dedupe(text.splitlines())[: config.queries_per_product]:
            rows.append({"sku": product.sku, "query": query})
    written = warehouse.upsert_rows("search_eval_queries", rows, key=["sku", "query"])
    return MaterializeResult(metadata={"queries": written})


@asset(group_name="search", deps=[synthetic_search_queries], compute_kind="cohere")
def search_relevance_report(
    context: AssetExecutionContext, cohere: CohereResource, warehouse: WarehouseResource
) -> MaterializeResult:
    queries = warehouse.fetch_dicts("select sku, query from search_eval_queries")
    docs = {
        r["sku"]: r["text"]
        for r in warehouse.fetch_dicts("select sku, title || '. ' || description as text from stg_products")
    }
    vectors = {
        r["sku"]: json.loads(r["vector"])
        for r in warehouse.fetch_dicts("select sku, vector from product_vectors_cohere")
    }
    co = cohere.get_client()

    # Long descriptions get truncated by the reranker anyway; measure how many we lose.
    sample_doc = next(iter(docs.values()), "")
    sample_tokens = len(co.tokenize(text=sample_doc, model=cohere.rerank_model).tokens) if sample_doc else 0

    query_vectors = co.embed(
        model=cohere.embed_model,
        texts=[q["query"] for q in queries],
        input_type="search_query",
        embedding_types=["float"],
    ).embeddings.float_

    dense_scores, reranked_scores = [], []
    for q, qvec in zip(queries, query_vectors):
        candidates = _cosine_top_k(qvec, vectors)
        dense_scores.append(_ndcg_at_10(candidates, q["sku"]))
        reranked = co.rerank(
            model=cohere.rerank_model,
            query=q["query"],
            documents=[docs.get(sku, "") for sku in candidates],
            top_n=10,
            max_tokens_per_doc=MAX_DOC_TOKENS,
        )
        reranked_ids = [candidates[r.index] for r in reranked.results]
        reranked_scores.append(_ndcg_at_10(reranked_ids, q["sku"]))

    n = max(len(queries), 1)
    report = {
        "ndcg_dense": round(sum(dense_scores) / n, 4),
        "ndcg_reranked": round(sum(reranked_scores) / n, 4),
        "queries": len(queries),
    }
    context.log.info("search eval: %s", report)
    return MaterializeResult(
        metadata={
            **report,
            "sample_doc_tokens": sample_tokens,
            "report": MetadataValue.json(report),
        }
    )
