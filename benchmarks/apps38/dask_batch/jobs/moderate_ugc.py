"""Moderate user generated content (reviews, Q&A)."""
from __future__ import annotations

import asyncio
import logging

import dask.bag as db

from enrich import io
from enrich.cluster import cluster_session
from enrich.config import load_settings
from enrich.services.multi_model_service import TaskComplexity, multi_model_service
from enrich.tasks.moderate import explain_flags, moderate_texts, second_opinion
from jobs._common import base_parser, setup_logging

log = logging.getLogger("jobs.moderate_ugc")


def _moderate_partition(records: list[dict]) -> list[dict]:
    records = list(records)
    out = []
    for i in range(0, len(records), 32):
        chunk = records[i:i + 32]
        verdicts = moderate_texts([r["text"] for r in chunk])
        out.extend({**r, **v} for r, v in zip(chunk, verdicts))
    borderline = [r for r in out if r["needs_review"]]
    if borderline:
        reviewed = {r["ugc_id"]: r for r in second_opinion(borderline)}
        out = [reviewed.get(r["ugc_id"], r) for r in out]
    return out


def summarize_run(stats: dict) -> str:
    return asyncio.run(multi_model_service.generate_response(
        prompt=f"Write a two-line Slack update for this moderation run: {stats}",
        task_type="chat",
        complexity=TaskComplexity.SIMPLE,
    ))


def main() -> None:
    parser = base_parser(__doc__)
    parser.add_argument("--explain", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)
    settings = load_settings(args.profile)

    with cluster_session(settings, providers=("openai",)):
        bag: db.Bag = io.read_jsonl_bag("ugc", run_date=args.date)
        moderated = bag.map_partitions(_moderate_partition)
        if args.explain:
            flagged = moderated.filter(lambda r: r["flagged"]).map_partitions(explain_flags)
            io.write_jsonl_bag(flagged, "ugc_flag_explanations", run_date=args.date)
        io.write_jsonl_bag(moderated, "ugc_moderated", run_date=args.date)
        stats = moderated.map(lambda r: ("flagged" if r["flagged"] else "ok", 1)).foldby(
            lambda kv: kv[0], lambda acc, kv: acc + kv[1], 0
        ).compute()

    log.info(summarize_run(dict(stats)))


if __name__ == "__main__":
    main()
