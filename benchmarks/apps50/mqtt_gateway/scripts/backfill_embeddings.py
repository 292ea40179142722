#!/usr/bin/env python3
"""Backfill Voyage embeddings for historical incidents into a .npy sidecar.

Usage: python scripts/backfill_embeddings.py --db incidents.db --out emb.jsonl
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import sqlite3

import voyageai

BATCH = 64


def rows(db: str):
    conn = sqlite3.connect(db)
    try:
        yield from conn.execute("SELECT id, body FROM incidents ORDER BY id")
    finally:
        conn.close()


def backfill_sync(db: str, out: str, model: str) -> int:
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    batch: list[tuple[int, str]] = []
    written = 0
    with open(out, "w") as fh:
        for row in rows(db):
            batch.append(row)
            if len(batch) == BATCH:
                written += _flush(vo, batch, fh, model)
                batch = []
        if batch:
            written += _flush(vo, batch, fh, model)
    return written


def _flush(vo: voyageai.Client, batch, fh, model: str) -> int:
    res = vo.embed([b for _, b in batch], model=model, input_type="document", truncation=True)
    for (incident_id, _), vec in zip(batch, res.embeddings):
        fh.write(json.dumps({"id": incident_id, "embedding": vec}) + "\n")
    return len(batch)


async def backfill_async(db: str, out: str, model: str, concurrency: int = 4) -> int:
    avo = voyageai.AsyncClient(api_key=os.environ["VOYAGE_API_KEY"])
    all_rows = list(rows(db))
    sem = asyncio.Semaphore(concurrency)

    async def one(chunk):
        async with sem:
            res = await avo.embed([b for _, b in chunk], model=model, input_type="document")
            return list(zip((i for i, _ in chunk), res.embeddings))

    chunks = [all_rows[i : i + BATCH] for i in range(0, len(all_rows), BATCH)]
    results = await asyncio.gather(*(one(c) for c in chunks))
    with open(out, "w") as fh:
        for part in results:
            for incident_id, vec in part:
                fh.write(json.dumps({"id": incident_id, "embedding": vec}) + "\n")
    return len(all_rows)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--model", default="voyage-3")
    ap.add_argument("--async", dest="use_async", action="store_true")
    args = ap.parse_args()
    if args.use_async:
        n = asyncio.run(backfill_async(args.db, args.out, args.model))
    else:
        n = backfill_sync(args.db, args.out, args.model)
    print(f"embedded {n} incidents -> {args.out}")


if __name__ == "__main__":
    main()
