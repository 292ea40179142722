#!/usr/bin/env python3
"""One-off: backfill Voyage embeddings for docs.chunks rows that predate the index.

Runs from a laptop, not from Windmill:
    VOYAGE_API_KEY=... DATABASE_URL=... python scripts/backfill_embeddings.py --limit 5000
"""
import argparse
import os
import sys
import time

import psycopg
import voyageai

MODEL = "voyage-3.5"
BATCH = 64


def fetch_missing(conn, limit: int):
    return conn.execute(
        "SELECT id, body FROM docs.chunks WHERE embedding IS NULL ORDER BY id LIMIT %s",
        (limit,),
    ).fetchall()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)

    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    with psycopg.connect(os.environ["DATABASE_URL"]) as conn:
        rows = fetch_missing(conn, args.limit)
        print(f"{len(rows)} chunks without embeddings")
        total_tokens = sum(vo.count_tokens([r[1]], model=MODEL) for r in rows)
        print(f"~{total_tokens} tokens, est. ${total_tokens * 0.06 / 1_000_000:.2f}")
        if args.dry_run:
            return 0
        for i in range(0, len(rows), BATCH):
            batch = rows[i:i + BATCH]
            result = vo.embed([r[1] for r in batch], model=MODEL, input_type="document")
            with conn.cursor() as cur:
                cur.executemany(
                    "UPDATE docs.chunks SET embedding = %s, model = %s WHERE id = %s",
                    [(emb, MODEL, r[0]) for r, emb in zip(batch, result.embeddings)],
                )
            conn.commit()
            print(f"batch {i // BATCH}: {result.total_tokens} tokens")
            time.sleep(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
