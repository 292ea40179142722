#!/usr/bin/env python
"""One-off backfill of Voyage embeddings for the 2022 archive.

Written before voyageai was in the tools image, so it talks to the REST API
directly.  Kept because the archive job still re-runs it for late arrivals.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from concurrent.futures import ThreadPoolExecutor

import requests

VOYAGE_URL = "https://api.voyageai.com/v1/embeddings"
SESSION = requests.Session()


def embed_batch(texts: list[str], model: str = "voyage-3") -> list[list[float]]:
    for attempt in range(5):
        resp = SESSION.post(
            VOYAGE_URL,
            headers={"Authorization": f"Bearer {os.environ['VOYAGE_API_KEY']}"},
            json={"input": texts, "model": model, "input_type": "document"},
            timeout=60,
        )
        if resp.status_code == 429:
            time.sleep(2**attempt)
            continue
        resp.raise_for_status()
        return [d["embedding"] for d in resp.json()["data"]]
    raise RuntimeError("voyage rate limit not clearing")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("output")
    ap.add_argument("--workers", type=int, default=4)
    args = ap.parse_args()

    rows = [json.loads(l) for l in open(args.input)]
    batches = [rows[i : i + 128] for i in range(0, len(rows), 128)]
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = [pool.submit(embed_batch, [r["text"] for r in b]) for b in batches]
        with open(args.output, "w") as out:
            for b, fut in zip(batches, futures):
                for r, v in zip(b, fut.result()):
                    out.write(json.dumps({"id": r["id"], "embedding": v}) + "\n")


if __name__ == "__main__":
    main()
