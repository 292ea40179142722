#!/usr/bin/env python
"""Backfill KB article embeddings (run manually after a big KB import)."""
from __future__ import annotations

import argparse
import os
import time

import psycopg2
import voyageai

from supportstream.clients import get_sync_openai

BATCH = 64


def fetch_articles(conn, missing_only: bool):
    with conn.cursor() as cur:
        q = "SELECT id, title, body FROM kb_articles"
        if missing_only:
            q += " WHERE embedding IS NULL"
        cur.execute(q)
        return cur.fetchall()


def embed_voyage(rows):
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    for i in range(0, len(rows), BATCH):
        chunk = rows[i : i + BATCH]
        result = vo.embed(
            [f"{title}\n{body}" for _, title, body in chunk],
            model="voyage-3",
            input_type="document",
        )
        yield from zip((r[0] for r in chunk), result.embeddings)
        time.sleep(0.2)


def embed_openai(rows):
    client = get_sync_openai()
    for i in range(0, len(rows), BATCH):
        chunk = rows[i : i + BATCH]
        resp = client.embeddings.create(
            model="text-embedding-3-small",
            input=[f"{title}\n{body}" for _, title, body in chunk],
        )
        yield from zip((r[0] for r in chunk), (d.embedding for d in resp.data))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", choices=["voyage", "openai"], default="voyage")
    ap.add_argument("--all", action="store_true")
    args = ap.parse_args()

    conn = psycopg2.connect(os.environ["KB_DSN"])
    rows = fetch_articles(conn, missing_only=not args.all)
    embed = embed_voyage if args.provider == "voyage" else embed_openai
    with conn.cursor() as cur:
        for article_id, vector in embed(rows):
            cur.execute("UPDATE kb_articles SET embedding = %s WHERE id = %s", (vector, article_id))
    conn.commit()
    print(f"embedded {len(rows)} articles with {args.provider}")


if __name__ == "__main__":
    main()
