#!/usr/bin/env python
"""Compare rerankers on the search-relevance set.

For each query we take the BM25 top-50 (precomputed in data/bm25_candidates.jsonl)
and let each reranker reorder it, then report nDCG@10 / recall@10.

    python rerank_eval.py --rerankers cohere together --limit 300
"""
import argparse
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial

import pandas as pd
from tqdm import tqdm

import config
from clients import co, together_client
from common.metrics import ndcg_at_k, recall_at_k
from helpers import load_jsonl, setup_logging, with_backoff

logger = logging.getLogger("rerank_eval")

TOP_N = 10


@with_backoff(retries=6, base=2.0)
def rerank_cohere(query, docs):
    rerank_fn = partial(co.rerank, model=config.COHERE_RERANK_MODEL, top_n=TOP_N)
    resp = rerank_fn(query=query, documents=[d["text"] for d in docs])
    return [docs[r.index]["id"] for r in resp.results]


@with_backoff(retries=6, base=2.0)
def rerank_together(query, docs):
    resp = together_client.rerank.create(
        model=config.TOGETHER_RERANK_MODEL,
        query=query,
        documents=[d["text"] for d in docs],
        top_n=TOP_N,
    )
    return [docs[r.index]["id"] for r in resp.results]


def rerank_bm25(query, docs):
    # candidates are already in BM25 order
    return [d["id"] for d in docs[:TOP_N]]


RERANKERS = {"bm25": rerank_bm25, "cohere": rerank_cohere, "together": rerank_together}


def evaluate(name, items, workers):
    fn = RERANKERS[name]

    def run(item):
        ranked = fn(item["query"], item["candidates"])
        return {
            "query_id": item["query_id"],
            "reranker": name,
            "ndcg@10": ndcg_at_k(ranked, item["relevant"], 10),
            "recall@10": recall_at_k(ranked, item["relevant"], 10),
        }

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(tqdm(pool.map(run, items), total=len(items), desc=name))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rerankers", nargs="+", choices=list(RERANKERS), default=["bm25", "cohere"])
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()
    setup_logging()

    items = load_jsonl(config.DATA_DIR / "bm25_candidates.jsonl")
    if args.limit:
        items = items[: args.limit]

    rows = []
    for name in args.rerankers:
        rows.extend(evaluate(name, items, args.workers))
    df = pd.DataFrame(rows)
    summary = df.groupby("reranker")[["ndcg@10", "recall@10"]].mean().round(4)
    print(summary.to_markdown())
    df.to_csv(config.OUTPUT_DIR / "rerank_eval.csv", index=False)


if __name__ == "__main__":
    main()
