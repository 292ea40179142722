"""Backfill 2023 partitions with the v1 enricher so we can diff v1 vs v2.

TODO(ana): delete after the Q3 validation sign-off.
"""
from __future__ import annotations

import logging

import dask
from dask.distributed import Client

from enrich import io
from enrich.config import load_settings
from enrich.legacy import enricher_v1
from enrich.legacy.worker_state import summarize_v1
from jobs._common import base_parser, setup_logging

log = logging.getLogger("jobs.backfill_legacy")


@dask.delayed(pure=True)
def enrich_row(row: dict) -> dict:
    return {
        "product_id": row["product_id"],
        "category_v1": enricher_v1.categorize(row["title"]),
        "blurb_v1": enricher_v1.describe(row["title"]),
        "summary_v1": summarize_v1(row.get("description") or row["title"]),
    }


def main() -> None:
    parser = base_parser(__doc__)
    parser.add_argument("--limit", type=int, default=5000)
    args = parser.parse_args()
    setup_logging(args.verbose)
    settings = load_settings(args.profile)

    rows = io.read_table("products", run_date=args.date).head(args.limit, npartitions=-1).to_dict("records")
    # legacy job predates enrich.cluster; it runs on the shared scheduler
    # without the worker plugin (v1 code builds its own clients)
    client = Client(settings.cluster.scheduler_address or "tcp://dask-scheduler:8786")
    try:
        results = dask.compute(*[enrich_row(r) for r in rows])
    finally:
        client.close()
    enricher_v1.upload_results(list(results), "https://catalog.internal/api/v1/backfill")


if __name__ == "__main__":
    main()
