#!/usr/bin/env python
"""Backfill Voyage embeddings for candidates missing a vector.

    python scripts/backfill_embeddings.py --db recruit.sqlite3 --batch 64
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sqlite3
import time

import voyageai

log = logging.getLogger("backfill")


def missing_ids(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return conn.execute(
        "SELECT c.id, c.cv_text FROM candidates c LEFT JOIN vectors v ON v.candidate_id = c.id "
        "WHERE v.candidate_id IS NULL AND c.cv_text IS NOT NULL"
    ).fetchall()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default=os.environ.get("RECRUIT_DB", "recruit.sqlite3"))
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--model", default="voyage-3")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    vo = voyageai.Client()  # VOYAGE_API_KEY
    conn = sqlite3.connect(args.db)
    rows = missing_ids(conn)
    log.info("%d candidates to embed", len(rows))
    if args.dry_run:
        total = vo.count_tokens([r[1] for r in rows], model=args.model)
        log.info("would embed %d tokens", total)
        return

    for i in range(0, len(rows), args.batch):
        batch = rows[i : i + args.batch]
        result = vo.embed([r[1] for r in batch], model=args.model, input_type="document")
        conn.executemany(
            "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
            [(cid, json.dumps(vec)) for (cid, _), vec in zip(batch, result.embeddings)],
        )
        conn.commit()
        log.info("batch %d: %d tokens", i // args.batch, result.total_tokens)
        time.sleep(0.2)


if __name__ == "__main__":
    main()
