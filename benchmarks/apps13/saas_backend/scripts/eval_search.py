#!/usr/bin/env python
"""Offline search quality eval.

Reads a JSONL golden set ({"query": ..., "relevant": [chunk_id, ...]}), runs the
vector search for a tenant, reranks the candidates with Voyage and reports
recall@k / MRR with and without rerank. Optionally asks Gemini to grade answers.

    python scripts/eval_search.py golden.jsonl --tenant <uuid> [--judge]
"""
import argparse
import asyncio
import json
import os
import statistics
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests
from google import genai

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from app.core.db import engine  # noqa: E402
from app.services.search import SemanticSearch  # noqa: E402
from sqlmodel import Session  # noqa: E402

VOYAGE_RERANK_URL = "https://api.voyageai.com/v1/rerank"
RERANK_MODELS = ["rerank-2.5", "rerank-2.5-lite"]


def rerank(query: str, docs: list[str], model: str, top_k: int) -> list[int]:
    # plain HTTP so we can compare rerank models the SDK version on the box doesn't know yet
    resp = requests.post(
        VOYAGE_RERANK_URL,
        headers={"Authorization": f"Bearer {os.environ['VOYAGE_API_KEY']}"},
        json={"query": query, "documents": docs, "model": model, "top_k": top_k},
        timeout=30,
    )
    resp.raise_for_status()
    return [item["index"] for item in resp.json()["data"]]


def judge(client: genai.Client, query: str, snippets: list[str]) -> int:
    prompt = (
        "Rate from 1 to 5 how well these search results answer the query. Reply with the digit only.\n\n"
        f"Query: {query}\n\n" + "\n---\n".join(snippets)
    )
    response = client.models.generate_content(model="gemini-2.5-flash", contents=prompt)
    try:
        return int((response.text or "0").strip()[0])
    except (ValueError, IndexError):
        return 0


def recall_at_k(ranked: list[str], relevant: set[str], k: int) -> float:
    return len(set(ranked[:k]) & relevant) / max(1, len(relevant))


def mrr(ranked: list[str], relevant: set[str]) -> float:
    for i, cid in enumerate(ranked, 1):
        if cid in relevant:
            return 1.0 / i
    return 0.0


def evaluate_query(tenant: uuid.UUID, row: dict, k: int) -> dict:
    with Session(engine) as session:
        search = SemanticSearch(session, tenant)
        candidates = asyncio.run(search.search(row["query"], limit=50, rerank=False))
    ids = [str(c.chunk_id) for c in candidates]
    relevant = set(row["relevant"])
    out = {"query": row["query"], "base_recall": recall_at_k(ids, relevant, k), "base_mrr": mrr(ids, relevant)}
    for model in RERANK_MODELS:
        order = rerank(row["query"], [c.snippet for c in candidates], model, top_k=k)
        reranked = [ids[i] for i in order]
        out[f"{model}_recall"] = recall_at_k(reranked, relevant, k)
        out[f"{model}_mrr"] = mrr(reranked, relevant)
    out["snippets"] = [c.snippet for c in candidates[:k]]
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("golden")
    parser.add_argument("--tenant", required=True, type=uuid.UUID)
    parser.add_argument("-k", type=int, default=10)
    parser.add_argument("--judge", action="store_true")
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()

    rows = [json.loads(line) for line in open(args.golden) if line.strip()]
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [pool.submit(evaluate_query, args.tenant, row, args.k) for row in rows]
        results = [f.result() for f in futures]

    if args.judge:
        client = genai.Client()
        for r in results:
            r["judge"] = judge(client, r["query"], r["snippets"])

    keys = [k for k in results[0] if k not in ("query", "snippets")]
    for key in keys:
        print(f"{key:28s} {statistics.mean(r[key] for r in results):.3f}")


if __name__ == "__main__":
    main()
