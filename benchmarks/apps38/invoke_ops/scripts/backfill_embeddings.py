#!/usr/bin/env python
"""Backfill embeddings for historical incident summaries.

Usage: python scripts/backfill_embeddings.py summaries.jsonl out.jsonl
"""
from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from openai import AsyncOpenAI, OpenAI

BATCH = 64
MODEL = "text-embedding-3-small"


def batched(items, n):
    for i in range(0, len(items), n):
        yield items[i:i + n]


async def embed_all(texts: list[str]) -> list[list[float]]:
    client = AsyncOpenAI()
    sem = asyncio.Semaphore(4)

    async def one(batch):
        async with sem:
            resp = await client.embeddings.create(model=MODEL, input=batch)
            return [d.embedding for d in resp.data]

    results = await asyncio.gather(*(one(b) for b in batched(texts, BATCH)))
    return [v for chunk in results for v in chunk]


def embed_sync(texts: list[str]) -> list[list[float]]:
    """Old path, kept for environments without an event loop policy we trust."""
    client = OpenAI()
    out: list[list[float]] = []
    for batch in batched(texts, BATCH):
        out.extend(d.embedding for d in client.embeddings.create(model=MODEL, input=batch).data)
    return out


def main(argv: list[str]) -> int:
    src, dst = Path(argv[1]), Path(argv[2])
    rows = [json.loads(line) for line in src.read_text().splitlines() if line.strip()]
    texts = [r["summary"] for r in rows]
    vectors = asyncio.run(embed_all(texts)) if "--sync" not in argv else embed_sync(texts)
    with dst.open("w") as fh:
        for row, vec in zip(rows, vectors):
            fh.write(json.dumps({"id": row["id"], "embedding": vec}) + "\n")
    print(f"embedded {len(vectors)} summaries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
