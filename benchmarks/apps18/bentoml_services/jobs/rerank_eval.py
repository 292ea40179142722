"""Compare rerankers on the support-search golden set (nDCG@k).

    python -m jobs.rerank_eval --golden data/golden_queries.jsonl --k 10
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import math
from pathlib import Path
from typing import Callable, Sequence

from jobs.common import JobReport, read_jsonl, setup_logging
from mlserve.clients import get_async_voyage_client, get_cohere_client
from mlserve.providers import get_rerank_provider

RankFn = Callable[[str, Sequence[str], int], list[int]]


def ndcg_at_k(ranking: list[int], relevant: set[int], k: int) -> float:
    dcg = sum(1.0 / math.log2(i + 2) for i, doc in enumerate(ranking[:k]) if doc in relevant)
    ideal = sum(1.0 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / ideal if ideal else 0.0


def cohere_ranker(model: str = "rerank-v3.5") -> RankFn:
    rerank = functools.partial(get_cohere_client().rerank, model=model)

    def rank(query: str, docs: Sequence[str], k: int) -> list[int]:
        resp = rerank(query=query, documents=list(docs), top_n=k)
        return [r.index for r in resp.results]

    return rank


def registry_ranker(name: str) -> RankFn:
    provider = get_rerank_provider(name)

    def rank(query: str, docs: Sequence[str], k: int) -> list[int]:
        return [i for i, _ in provider.rerank(query, docs, top_n=k)]

    return rank


async def voyage_rankings(golden: list[dict], k: int, model: str = "rerank-2-lite") -> list[list[int]]:
    client = get_async_voyage_client()
    sem = asyncio.Semaphore(8)

    async def one(row: dict) -> list[int]:
        async with sem:
            result = await client.rerank(row["query"], row["candidates"], model=model, top_k=k)
        return [r.index for r in result.results]

    return await asyncio.gather(*(one(r) for r in golden))


def evaluate(golden: list[dict], rank: RankFn, k: int) -> float:
    scores = [ndcg_at_k(rank(r["query"], r["candidates"], k), set(r["relevant"]), k) for r in golden]
    return sum(scores) / len(scores) if scores else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--golden", type=Path, required=True)
    parser.add_argument("--k", type=int, default=10)
    parser.add_argument("--skip", nargs="*", default=[])
    args = parser.parse_args(argv)
    setup_logging()

    golden = list(read_jsonl(args.golden))
    report = JobReport.create("rerank_eval")
    results: dict[str, float] = {}
    if "cohere" not in args.skip:
        results["cohere-v3.5"] = evaluate(golden, cohere_ranker(), args.k)
    if "together" not in args.skip:
        results["together"] = evaluate(golden, registry_ranker("together"), args.k)
    if "voyage" not in args.skip:
        rankings = asyncio.run(voyage_rankings(golden, args.k))
        scores = [ndcg_at_k(rk, set(r["relevant"]), args.k) for rk, r in zip(rankings, golden)]
        results["voyage-rerank-2-lite"] = sum(scores) / max(len(scores), 1)
    for name, score in sorted(results.items(), key=lambda kv: -kv[1]):
        report.notes.append(f"{name}: ndcg@{args.k}={score:.4f}")
        print(report.notes[-1])
    report.processed = len(golden)
    report.dump(Path("out/reports"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
