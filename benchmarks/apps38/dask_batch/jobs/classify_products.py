"""Classify the product catalog into top-level categories.

    python -m jobs.classify_products --date 2024-06-01
"""
from __future__ import annotations

import json
import logging
import random

import dask.dataframe as dd
import pandas as pd
from dask.distributed import as_completed

from enrich import io
from enrich.cluster import cluster_session
from enrich.config import load_settings
from enrich.lib import get_openai
from enrich.tasks.classify import CLASSIFY_META, classify_batch, classify_partition
from jobs._common import base_parser, setup_logging

log = logging.getLogger("jobs.classify_products")


def run_dataframe(args, settings) -> None:
    ddf = io.read_table("products", columns=["product_id", "title", "description"], run_date=args.date)
    if args.sample:
        ddf = ddf.sample(frac=args.sample, random_state=7)
    ddf = ddf.repartition(partition_size="8MiB")
    labelled = ddf.map_partitions(classify_partition, model=settings.models.classify, meta=CLASSIFY_META)
    io.write_table(labelled, "products_category", run_date=args.date)


def run_futures(args, settings, client) -> list[dict]:
    """Futures path: better progress reporting, used for the small daily delta."""
    pdf = io.read_table("products_delta", run_date=args.date).compute()
    records = pdf.to_dict("records")
    batches = [records[i:i + 50] for i in range(0, len(records), 50)]
    futures = client.map(classify_batch, batches, model=settings.models.classify, retries=2)
    results = []
    for fut in as_completed(futures):
        results.extend(fut.result())
    io.write_table(dd.from_pandas(pd.DataFrame(results), npartitions=4), "products_delta_category", run_date=args.date)
    return results


def spot_check(results: list[dict], n: int = 20) -> dict:
    """Ask a stronger model whether a random sample of labels look right."""
    sample = random.sample(results, min(n, len(results)))
    judge = get_openai()
    verdict = judge.chat.completions.create(
        model="gpt-4o",
        response_format={"type": "json_object"},
        messages=[
            {"role": "system", "content": "For each item say if the category is plausible. "
                                          "Return {\"ok\": <count>, \"bad\": [product_id, ...]}"},
            {"role": "user", "content": json.dumps(sample)},
        ],
    )
    return json.loads(verdict.choices[0].message.content)


def main() -> None:
    parser = base_parser(__doc__)
    parser.add_argument("--mode", choices=["dataframe", "futures"], default="dataframe")
    args = parser.parse_args()
    setup_logging(args.verbose)
    settings = load_settings(args.profile)
    with cluster_session(settings, providers=("openai",)) as client:
        if args.mode == "dataframe":
            run_dataframe(args, settings)
        else:
            results = run_futures(args, settings, client)
            if results and not args.dry_run:
                log.info("spot check: %s", spot_check(results))


if __name__ == "__main__":
    main()
