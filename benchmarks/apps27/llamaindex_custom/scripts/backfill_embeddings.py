#!/usr/bin/env python
"""Re-embed the KB with text-embedding-3-large for the A/B retrieval test.

Writes vectors to a parquet file; does not touch the live index.
"""
from __future__ import annotations

import argparse
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

import pandas as pd

from app.clients import get_openai_client
from app.ingestion.pipeline import load_kb_dump
from app.utils import batched

logger = logging.getLogger("backfill")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kb", type=Path)
    parser.add_argument("--out", type=Path, default=Path("kb_vectors.parquet"))
    parser.add_argument("--model", default="text-embedding-3-large")
    parser.add_argument("--dimensions", type=int, default=1024)
    parser.add_argument("--workers", type=int, default=6)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    docs = load_kb_dump(args.kb)
    client = get_openai_client()
    batches = list(batched(docs, 256))

    rows = []
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {
            pool.submit(
                client.embeddings.create,
                model=args.model,
                input=[d.text for d in batch],
                dimensions=args.dimensions,
            ): batch
            for batch in batches
        }
        for fut in as_completed(futures):
            batch = futures[fut]
            resp = fut.result()
            for doc, item in zip(batch, resp.data):
                rows.append({"doc_id": doc.doc_id, "vector": item.embedding})
            logger.info("embedded %d/%d", len(rows), len(docs))

    pd.DataFrame(rows).to_parquet(args.out)
    logger.info("wrote %s", args.out)


if __name__ == "__main__":
    main()
