#!/usr/bin/env python
"""One-off backfill of chunk embeddings.

    python scripts/backfill_embeddings.py --provider voyage --limit 5000

Runs synchronously on purpose (ops run it from a bastion with no event loop tooling).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from functools import partial

import psycopg
import voyageai

from lexbrief.clients import build_sync_openai
from lexbrief.settings import load_settings

log = logging.getLogger("backfill")

BATCH = 64


def fetch_batch(conn, limit: int) -> list[tuple[str, int, str]]:
    with conn.cursor() as cur:
        cur.execute("SELECT doc_id, ordinal, text FROM chunks WHERE embedding IS NULL LIMIT %s", (limit,))
        return cur.fetchall()


def save(conn, rows: list[tuple[str, int, str]], vectors: list[list[float]]) -> None:
    with conn.cursor() as cur:
        cur.executemany(
            "UPDATE chunks SET embedding=%s WHERE doc_id=%s AND ordinal=%s",
            [(json.dumps(v), r[0], r[1]) for r, v in zip(rows, vectors)],
        )
    conn.commit()


def run_openai(conn, limit: int, dry_run: bool) -> int:
    settings = load_settings()
    client = build_sync_openai(settings)
    embed = partial(client.embeddings.create, model=settings.models.openai_embed_model, dimensions=1024)
    total = 0
    while total < limit:
        rows = fetch_batch(conn, BATCH)
        if not rows:
            break
        if dry_run:
            log.info("would embed %d chunks", len(rows))
            return total + len(rows)
        resp = embed(input=[r[2] for r in rows])
        save(conn, rows, [d.embedding for d in resp.data])
        total += len(rows)
        log.info("openai: %d embedded (%d tokens)", total, resp.usage.total_tokens)
    return total


def run_voyage(conn, limit: int, dry_run: bool) -> int:
    vo = voyageai.Client(api_key=os.environ.get("VOYAGE_API_KEY"))
    total = 0
    while total < limit:
        rows = fetch_batch(conn, BATCH)
        if not rows:
            break
        texts = [r[2] for r in rows]
        tokens = vo.count_tokens(texts, model="voyage-law-2")
        if dry_run:
            log.info("would embed %d chunks / %d tokens", len(rows), tokens)
            return total + len(rows)
        result = vo.embed(texts, model="voyage-law-2", input_type="document")
        save(conn, rows, result.embeddings)
        total += len(rows)
        time.sleep(0.2)  # stay under the 300 RPM tier
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", choices=["voyage", "openai"], default="voyage")
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    with psycopg.connect(load_settings().database_url) as conn:
        runner = run_voyage if args.provider == "voyage" else run_openai
        done = runner(conn, args.limit, args.dry_run)
    print(f"embedded {done} chunks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
