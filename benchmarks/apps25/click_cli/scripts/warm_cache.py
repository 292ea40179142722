#!/usr/bin/env python
"""Pre-compute embeddings for the FAQ corpus so `embed` is instant in the demo.

Writes into the same sqlite cache the CLI uses (namespace "embeddings").
"""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import litellm

from datalingo.cache import ResponseCache, make_key
from datalingo.config import load_settings
from datalingo.io import load_records

MODEL = "text-embedding-3-small"
BATCH = 128


async def embed_batch(texts: list[str]) -> list[list[float]]:
    resp = await litellm.aembedding(model=MODEL, input=texts)
    return [row["embedding"] for row in resp.data]


async def main(path: str) -> None:
    settings = load_settings()
    cache = ResponseCache(Path(settings.cache_dir), namespace="embeddings")
    texts = [r["question"] for r in load_records(path)]
    todo = [t for t in texts if cache.get(make_key("emb", MODEL, t)) is None]
    print(f"{len(todo)} of {len(texts)} need embedding", file=sys.stderr)

    batches = [todo[i : i + BATCH] for i in range(0, len(todo), BATCH)]
    results = await asyncio.gather(*(embed_batch(b) for b in batches))
    for batch, vectors in zip(batches, results):
        for text, vec in zip(batch, vectors):
            cache.set(make_key("emb", MODEL, text), vec)
    print(cache.stats(), file=sys.stderr)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
