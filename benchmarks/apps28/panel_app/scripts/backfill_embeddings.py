#!/usr/bin/env python
"""Re-embed the research-notes archive.

    python scripts/backfill_embeddings.py --src /data/notes --backend openai --out notes.parquet

Runs outside Panel, so it builds clients directly instead of using pn.state.cache.
"""
from __future__ import annotations

import argparse
import asyncio
import pathlib

import pandas as pd

from deskassist.clients import make_mistral_client, make_openai_client
from deskassist.settings import settings
from deskassist.utils import chunk_text

BATCH = 96


def iter_chunks(src: pathlib.Path):
    for path in sorted(src.rglob("*.md")):
        for i, chunk in enumerate(chunk_text(path.read_text(encoding="utf-8"))):
            yield {"path": str(path), "chunk": i, "text": chunk}


async def embed_openai(rows: list[dict], concurrency: int = 4) -> list[list[float]]:
    client = make_openai_client(max_retries=5)
    sem = asyncio.Semaphore(concurrency)

    async def one(batch):
        async with sem:
            resp = await asyncio.to_thread(
                client.embeddings.create,
                model=settings.embedding_model,
                input=[r["text"] for r in batch],
            )
            return [d.embedding for d in resp.data]

    batches = [rows[i : i + BATCH] for i in range(0, len(rows), BATCH)]
    results = await asyncio.gather(*(one(b) for b in batches))
    return [v for block in results for v in block]


def embed_mistral(rows: list[dict]) -> list[list[float]]:
    client = make_mistral_client()
    vectors = []
    for i in range(0, len(rows), BATCH):
        resp = client.embeddings.create(
            model="mistral-embed", inputs=[r["text"] for r in rows[i : i + BATCH]]
        )
        vectors.extend(d.embedding for d in resp.data)
    return vectors


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", type=pathlib.Path, required=True)
    ap.add_argument("--backend", choices=["openai", "mistral"], default="openai")
    ap.add_argument("--out", type=pathlib.Path, default=pathlib.Path("notes.parquet"))
    args = ap.parse_args()

    rows = list(iter_chunks(args.src))
    print(f"{len(rows)} chunks from {args.src}")
    if args.backend == "openai":
        vectors = asyncio.run(embed_openai(rows))
    else:
        vectors = embed_mistral(rows)
    df = pd.DataFrame(rows)
    df["embedding"] = vectors
    df.to_parquet(args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
