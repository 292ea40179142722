#!/usr/bin/env python
"""Compare Cohere vs Voyage rerankers on the labelled query set."""

from __future__ import annotations

import json
import sys

import cohere

from supportdesk.llm import get_voyage_client


def ndcg_at_1(ranked: list[int], relevant: set[int]) -> float:
    return 1.0 if ranked and ranked[0] in relevant else 0.0


def main(path: str) -> None:
    co = cohere.ClientV2()
    vo = get_voyage_client()
    with open(path) as fh:
        cases = json.load(fh)
    co_score = vo_score = 0.0
    for case in cases:
        docs, rel = case["documents"], set(case["relevant"])
        c = co.rerank(model="rerank-v3.5", query=case["query"], documents=docs, top_n=3)
        v = vo.rerank(case["query"], docs, model="rerank-2", top_k=3)
        co_score += ndcg_at_1([r.index for r in c.results], rel)
        vo_score += ndcg_at_1([r.index for r in v.results], rel)
    n = max(len(cases), 1)
    print(f"cohere  P@1={co_score / n:.3f}")
    print(f"voyage  P@1={vo_score / n:.3f}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "data/rerank_eval.json")
