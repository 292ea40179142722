#!/usr/bin/env python
"""Backfill Cohere embeddings for chunks that have none (intranet search index).

    python -m scripts.backfill_embeddings --db var/policypal.sqlite3 --batch 96
"""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
import time

from hrassist import get_cohere_client

log = logging.getLogger("backfill")


def missing_chunks(conn, limit):
    return conn.execute(
        "SELECT id, text FROM chunks WHERE embedding IS NULL OR embedding = '' LIMIT ?", (limit,)
    ).fetchall()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="var/policypal.sqlite3")
    ap.add_argument("--batch", type=int, default=96)
    ap.add_argument("--model", default="embed-multilingual-v3.0")
    ap.add_argument("--max", type=int, default=10_000)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    conn = sqlite3.connect(args.db)
    rows = missing_chunks(conn, args.max)
    log.info("%d chunks to embed", len(rows))
    if args.dry_run or not rows:
        return 0

    co = get_cohere_client()
    done = 0
    for start in range(0, len(rows), args.batch):
        batch = rows[start : start + args.batch]
        resp = co.embed(
            texts=[text for _, text in batch],
            model=args.model,
            input_type="search_document",
            embedding_types=["float"],
        )
        for (chunk_id, _), vec in zip(batch, resp.embeddings.float_):
            conn.execute("UPDATE chunks SET embedding = ? WHERE id = ?", (json.dumps(vec), chunk_id))
        conn.commit()
        done += len(batch)
        log.info("embedded %d/%d", done, len(rows))
        time.sleep(0.2)  # stay under the trial-key rate limit
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
