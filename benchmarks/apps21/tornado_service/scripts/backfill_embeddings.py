#!/usr/bin/env python
"""Backfill Voyage embeddings for every KB chunk of a tenant.

    python scripts/backfill_embeddings.py --tenant acme --batch 128
"""
import argparse
import logging
import time

import psycopg2
import psycopg2.extras

from supportbot.clients import get_voyage_sync

log = logging.getLogger("backfill")


def chunks(cur, tenant, batch):
    cur.execute("SELECT id, text FROM kb_chunks WHERE tenant_id = %s ORDER BY id", (tenant,))
    while True:
        rows = cur.fetchmany(batch)
        if not rows:
            return
        yield rows


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--model", default="voyage-3")
    parser.add_argument("--dsn", default="dbname=helpdesk")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    vo = get_voyage_sync()
    conn = psycopg2.connect(args.dsn)
    read_cur = conn.cursor(name="kb_stream")
    write_cur = conn.cursor()
    total_tokens = 0
    for rows in chunks(read_cur, args.tenant, args.batch):
        texts = [r[1] for r in rows]
        if args.dry_run:
            total_tokens += vo.count_tokens(texts, model=args.model)
            continue
        result = vo.embed(texts, model=args.model, input_type="document")
        total_tokens += result.total_tokens
        psycopg2.extras.execute_batch(
            write_cur,
            "UPDATE kb_chunks SET embedding = %s WHERE id = %s",
            [(vec, r[0]) for vec, r in zip(result.embeddings, rows)],
        )
        conn.commit()
        time.sleep(0.2)  # stay under the tier-1 rate limit
    log.info("done, %d tokens%s", total_tokens, " (dry run)" if args.dry_run else "")


if __name__ == "__main__":
    main()
