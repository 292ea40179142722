"""Per-SKU review summaries (Bedrock), with dask.bag."""
from __future__ import annotations

import logging

import dask
import dask.bag as db

from enrich import io
from enrich.cluster import cluster_session
from enrich.config import load_settings
from enrich.lib import get_bedrock
from enrich.lib.parsing import bedrock_text
from enrich.tasks.summarize import summarize_group, summarize_group_raw, summarize_partition_groups
from jobs._common import base_parser, setup_logging

log = logging.getLogger("jobs.summarize_reviews")


def build_bag(args) -> db.Bag:
    bag = io.read_jsonl_bag("reviews", run_date=args.date)
    bag = bag.filter(lambda r: r.get("lang", "en") == "en" and len(r.get("body", "")) > 20)
    if args.sample:
        bag = bag.random_sample(args.sample)
    return bag.groupby(lambda r: r["sku"])


def headline(summaries: list[dict], model_id: str) -> str:
    """One paragraph for the weekly email, written on the driver."""
    text = "\n".join(f"{s['sku']}: {s['summary']}" for s in summaries[:200] if s.get("summary"))
    resp = get_bedrock().converse(
        modelId=model_id,
        messages=[{"role": "user", "content": [{"text": "Write a 5-bullet digest of these product "
                                                         "review summaries:\n" + text}]}],
        inferenceConfig={"maxTokens": 500},
    )
    return bedrock_text(resp)


def main() -> None:
    parser = base_parser(__doc__)
    parser.add_argument("--raw", action="store_true", help="use InvokeModel (Titan ids)")
    parser.add_argument("--small-groups", action="store_true")
    args = parser.parse_args()
    setup_logging(args.verbose)
    settings = load_settings(args.profile)
    model_id = settings.models.summarize_bedrock

    with cluster_session(settings, providers=("bedrock",)):
        groups = build_bag(args)
        if args.small_groups:
            summaries = groups.map_partitions(summarize_partition_groups, model_id=model_id)
        elif args.raw:
            summaries = groups.map(summarize_group_raw, model_id=model_id)
        else:
            summaries = groups.map(summarize_group, model_id=model_id)
        io.write_jsonl_bag(summaries, "review_summaries", run_date=args.date)

        top = dask.delayed(sorted)(summaries.filter(lambda s: s["n_reviews"] > 50),
                                   key=lambda s: -s["n_reviews"])
        digest = dask.delayed(headline)(top, model_id).compute()
        log.info("digest:\n%s", digest)


if __name__ == "__main__":
    main()
