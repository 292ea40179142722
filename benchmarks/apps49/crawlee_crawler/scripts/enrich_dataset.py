#!/usr/bin/env python
"""Post-crawl enrichment: summaries/categories, dedupe, weekly report."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
from pathlib import Path

from crawlee.storages import Dataset

from product_crawler.postprocess import enrich_dataset, find_near_duplicates
from product_crawler.postprocess.report import build_report


async def amain(args: argparse.Namespace) -> None:
    results = await enrich_dataset(args.dataset, concurrency=args.concurrency, provider=args.provider)
    items = [r.model_dump() for r in results]

    if args.dedupe:
        ds = await Dataset.open(name=args.dataset)
        raw = (await ds.get_data(limit=10_000)).items
        pairs = find_near_duplicates(raw, threshold=args.threshold)
        Path("duplicates.json").write_text(json.dumps([p.__dict__ for p in pairs], indent=2))

    if args.report:
        path = await build_report(items, Path("reports"))
        logging.info("report written to %s", path)


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--dataset", default="products")
    p.add_argument("--concurrency", type=int, default=6)
    p.add_argument("--provider", choices=["openai", "gemini", "fireworks"])
    p.add_argument("--dedupe", action="store_true")
    p.add_argument("--threshold", type=float, default=0.92)
    p.add_argument("--report", action="store_true")
    logging.basicConfig(level=logging.INFO)
    asyncio.run(amain(p.parse_args()))


if __name__ == "__main__":
    main()
