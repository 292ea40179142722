#!/usr/bin/env python
"""One-off: re-embed every chunk of a tenant with a new Voyage model.

Talks to the Voyage REST API directly because the SDK version pinned on the
ops box was too old for voyage-3-large. Run from a bastion:

    python scripts/reembed_http.py --tenant acme --model voyage-3-large
"""
from __future__ import annotations

import argparse
import os
import sys
import time

import httpx
import psycopg

VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"
BATCH = 64


def embed_batch(client: httpx.Client, texts: list[str], model: str) -> list[list[float]]:
    for attempt in range(5):
        r = client.post(
            VOYAGE_URL,
            json={"input": texts, "model": model, "input_type": "document"},
            headers={"Authorization": f"Bearer {os.environ['VOYAGE_API_KEY']}"},
            timeout=60,
        )
        if r.status_code == 429:
            time.sleep(2**attempt)
            continue
        r.raise_for_status()
        return [d["embedding"] for d in sorted(r.json()["data"], key=lambda d: d["index"])]
    raise RuntimeError("rate limited too many times")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tenant", required=True)
    ap.add_argument("--model", default="voyage-3-large")
    ap.add_argument("--dsn", default=os.environ.get("DOCPROC_DATABASE_URL"))
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    with psycopg.connect(args.dsn) as conn, httpx.Client() as http:
        rows = conn.execute(
            "SELECT c.document_id, c.idx, c.text FROM chunks c JOIN documents d ON d.id = c.document_id "
            "WHERE d.tenant_id = %s ORDER BY 1, 2",
            (args.tenant,),
        ).fetchall()
        print(f"{len(rows)} chunks to re-embed", file=sys.stderr)
        if args.dry_run:
            return 0
        for i in range(0, len(rows), BATCH):
            batch = rows[i : i + BATCH]
            vectors = embed_batch(http, [r[2] for r in batch], args.model)
            with conn.cursor() as cur:
                cur.executemany(
                    "UPDATE chunks SET embedding = %s WHERE document_id = %s AND idx = %s",
                    [(v, r[0], r[1]) for v, r in zip(vectors, batch)],
                )
            conn.commit()
            print(f"  {i + len(batch)}/{len(rows)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
