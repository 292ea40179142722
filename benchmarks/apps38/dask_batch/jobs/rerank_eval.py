"""Offline search relevance eval: rewrite + rerank on Together, score with nDCG."""
from __future__ import annotations

import logging
import math

from enrich import io
from enrich.cluster import cluster_session
from enrich.config import load_settings
from enrich.lib import get_together
from enrich.tasks.rerank import RERANK_MODEL, rerank_query, rewrite_query
from jobs._common import base_parser, setup_logging

log = logging.getLogger("jobs.rerank_eval")


def ndcg(ranked: list[str], relevant: set[str], k: int = 10) -> float:
    dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(ranked[:k]) if d in relevant)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / ideal if ideal else 0.0


def baseline_on_driver(item: dict) -> list[str]:
    """Single query sanity check before submitting the whole set."""
    tg = get_together()
    resp = tg.rerank.create(
        model=RERANK_MODEL,
        query=item["query"],
        documents=[c["text"] for c in item["candidates"]],
        top_n=10,
    )
    return [item["candidates"][r.index]["doc_id"] for r in resp.results]


def main() -> None:
    parser = base_parser(__doc__)
    parser.add_argument("--rewrite", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)
    settings = load_settings(args.profile)

    items = io.read_jsonl_bag("search_eval", run_date=args.date).compute()
    log.info("baseline first query: %s", baseline_on_driver(items[0])[:3])

    with cluster_session(settings, providers=("together",)) as client:
        if args.rewrite:
            rewritten = client.gather(client.map(rewrite_query, [it["query"] for it in items]))
            items = [{**it, "query": q} for it, q in zip(items, rewritten)]
        results = client.gather(client.map(rerank_query, items, pure=False))

    scores = [ndcg([r["doc_id"] for r in res["ranked"]], set(it["relevant"])) for res, it in zip(results, items)]
    log.info("nDCG@10 = %.4f over %d queries", sum(scores) / len(scores), len(scores))


if __name__ == "__main__":
    main()
