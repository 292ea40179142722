#!/usr/bin/env python
"""Search relevance eval: recall@k of the vector stage and nDCG after rerank.

Usage: python scripts/eval_search.py data/eval/queries.json --rerank-model rerank-2.5

The rerank call goes straight to the REST API so we can try models the pinned
voyageai SDK version doesn't know about yet.
"""
import argparse
import json
import math
import os
from concurrent.futures import ThreadPoolExecutor

import httpx
import numpy as np
import voyageai

VOYAGE_API_KEY = os.environ["VOYAGE_API_KEY"]
EMBED_MODEL = os.environ.get("VOYAGE_EMBED_MODEL", "voyage-3-large")

vo = voyageai.Client(api_key=VOYAGE_API_KEY)


def load_corpus(path):
    with open(path) as fh:
        return json.load(fh)


def rerank(query, documents, model, top_k=10):
    resp = httpx.post(
        "https://api.voyageai.com/v1/rerank",
        headers={"Authorization": f"Bearer {VOYAGE_API_KEY}"},
        json={"query": query, "documents": documents, "model": model, "top_k": top_k},
        timeout=60,
    )
    resp.raise_for_status()
    return [(d["index"], d["relevance_score"]) for d in resp.json()["data"]]


def ndcg(ranked_ids, relevant, k=10):
    dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(ranked_ids[:k]) if d in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(relevant), k)))
    return dcg / ideal if ideal else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("queries")
    ap.add_argument("--corpus", default="data/eval/corpus.json")
    ap.add_argument("--rerank-model", default="rerank-2")
    ap.add_argument("--k", type=int, default=10)
    args = ap.parse_args()

    with ThreadPoolExecutor(max_workers=4) as pool:
        corpus_f = pool.submit(load_corpus, args.corpus)
        queries_f = pool.submit(load_corpus, args.queries)
        corpus, queries = corpus_f.result(), queries_f.result()

        doc_ids = [d["id"] for d in corpus]
        texts = [d["text"] for d in corpus]
        batches = [texts[i : i + 128] for i in range(0, len(texts), 128)]
        futures = [
            pool.submit(vo.embed, b, model=EMBED_MODEL, input_type="document") for b in batches
        ]
        doc_vecs = np.array([v for f in futures for v in f.result().embeddings])

    q_vecs = np.array(
        vo.embed([q["query"] for q in queries], model=EMBED_MODEL, input_type="query").embeddings
    )
    recall, ndcg_scores = [], []
    for q, qv in zip(queries, q_vecs):
        sims = doc_vecs @ qv
        top = np.argsort(-sims)[:40]
        relevant = set(q["relevant"])
        recall.append(len(relevant & {doc_ids[i] for i in top}) / max(len(relevant), 1))
        reranked = rerank(q["query"], [texts[i] for i in top], args.rerank_model, top_k=args.k)
        ndcg_scores.append(ndcg([doc_ids[top[i]] for i, _ in reranked], relevant, args.k))

    print(f"recall@40: {np.mean(recall):.3f}")
    print(f"nDCG@{args.k} after rerank ({args.rerank_model}): {np.mean(ndcg_scores):.3f}")


if __name__ == "__main__":
    main()
