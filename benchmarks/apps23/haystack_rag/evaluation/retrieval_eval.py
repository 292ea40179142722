"""Retrieval-only comparison: Cohere rerank vs Voyage rerank vs watsonx rerank.

Reads the same golden set as run_eval but skips generation.
"""
from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

from haystack.components.retrievers.in_memory import InMemoryEmbeddingRetriever
from ibm_watsonx_ai import Credentials
from ibm_watsonx_ai.foundation_models import Rerank

from evaluation.metrics import ndcg_at_k, recall_at_k
from ragsvc.components import CohereRanker, VoyageRanker, VoyageTextEmbedder
from ragsvc.stores import get_document_store


def watsonx_rerank(reranker: Rerank, query: str, docs, top_n: int):
    result = reranker.generate(
        query=query,
        inputs=[d.content or "" for d in docs],
        params={"top_n": top_n, "return_options": {"top_n": top_n}},
    )
    order = [r["index"] for r in result["results"]]
    return [docs[i] for i in order]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=Path("evaluation/data/golden.jsonl"))
    parser.add_argument("--k", type=int, default=5)
    args = parser.parse_args()

    store = get_document_store()
    embedder = VoyageTextEmbedder()
    embedder.warm_up()
    retriever = InMemoryEmbeddingRetriever(document_store=store, top_k=30)
    cohere_ranker = CohereRanker(top_n=args.k)
    cohere_ranker.warm_up()
    voyage_ranker = VoyageRanker(top_k=args.k)
    voyage_ranker.warm_up()
    wx = Rerank(
        model_id="cross-encoder/ms-marco-minilm-l-12-v2",
        credentials=Credentials(url=os.environ["WATSONX_URL"], api_key=os.environ["WATSONX_APIKEY"]),
        project_id=os.environ["WATSONX_PROJECT_ID"],
    )

    scores: dict[str, list[tuple[float, float]]] = {"none": [], "cohere": [], "voyage": [], "watsonx": []}
    for line in args.data.read_text().splitlines():
        ex = json.loads(line)
        relevant = set(ex.get("relevant_ids", []))
        emb = embedder.run(text=ex["question"])["embedding"]
        candidates = retriever.run(query_embedding=emb)["documents"]
        ranked = {
            "none": candidates[: args.k],
            "cohere": cohere_ranker.run(query=ex["question"], documents=list(candidates))["documents"],
            "voyage": voyage_ranker.run(query=ex["question"], documents=list(candidates))["documents"],
            "watsonx": watsonx_rerank(wx, ex["question"], candidates, args.k),
        }
        for name, docs in ranked.items():
            ids = [d.id for d in docs]
            scores[name].append((recall_at_k(ids, relevant, args.k), ndcg_at_k(ids, relevant, args.k)))

    for name, rows in scores.items():
        if rows:
            r = sum(x for x, _ in rows) / len(rows)
            n = sum(y for _, y in rows) / len(rows)
            print(f"{name:8s} recall@{args.k}={r:.3f} ndcg@{args.k}={n:.3f}")


if __name__ == "__main__":
    main()
