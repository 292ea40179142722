#!/usr/bin/env python
"""Backfill Voyage embeddings for the kb table.

Plain requests + psycopg2; runs outside the reactor on the ops box.
    python scripts/backfill_embeddings.py --dsn postgres://... --limit 5000
"""
import argparse
import os
import sys
import time

import psycopg2
import requests

VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"


def embed(session, texts, model):
    r = session.post(VOYAGE_URL, json={"input": texts, "model": model, "input_type": "document"},
                     timeout=60)
    r.raise_for_status()
    return [d["embedding"] for d in r.json()["data"]]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--dsn", required=True)
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--model", default="voyage-3")
    args = ap.parse_args(argv)

    session = requests.Session()
    session.headers["Authorization"] = "Bearer " + os.environ["VOYAGE_API_KEY"]

    conn = psycopg2.connect(args.dsn)
    cur = conn.cursor()
    cur.execute("SELECT id, body FROM kb WHERE embedding IS NULL LIMIT %s", (args.limit,))
    rows = cur.fetchall()
    for i in range(0, len(rows), 64):
        batch = rows[i:i + 64]
        vectors = embed(session, [b for _, b in batch], args.model)
        for (doc_id, _), vec in zip(batch, vectors):
            cur.execute("UPDATE kb SET embedding = %s WHERE id = %s", (vec, doc_id))
        conn.commit()
        print("%d/%d" % (i + len(batch), len(rows)))
        time.sleep(0.3)
    return 0


if __name__ == "__main__":
    sys.exit(main())
