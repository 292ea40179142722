#!/usr/bin/env python
"""Re-embed historical reviews from a JSONL export into the vector store.

    python scripts/backfill_embeddings.py exports/reviews-2024-10.jsonl --concurrency 4
"""
from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import voyageai

from app.config import get_settings
from app.domain import Review
from app.enrich.clients import get_async_openai, get_voyage
from app.utils.cost import embedding_cost
from app.utils.text import fingerprint, redact_pii

log = logging.getLogger("backfill")
BATCH = 64


def read_reviews(path: Path):
    with path.open() as fh:
        for line in fh:
            line = line.strip()
            if line:
                yield Review.create(json.loads(line))


def chunks(items, n):
    buf = []
    for it in items:
        buf.append(it)
        if len(buf) == n:
            yield buf
            buf = []
    if buf:
        yield buf


def run_threads(path: Path, concurrency: int, model: str) -> int:
    vo = get_voyage()
    settings = get_settings()
    total_tokens = 0
    http = httpx.Client(base_url=settings.vector_store_url, timeout=30)
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        futures = []
        for batch in chunks(read_reviews(path), BATCH):
            texts = [redact_pii(r.text) for r in batch]
            futures.append((batch, pool.submit(vo.embed, texts, model=model, input_type="document")))
        for batch, fut in futures:
            result = fut.result()
            total_tokens += result.total_tokens
            points = [
                {"id": fingerprint(r.review_id), "vector": v, "payload": r.to_dict()}
                for r, v in zip(batch, result.embeddings)
            ]
            http.put(f"/collections/{settings.vector_collection}/points", json={"points": points})
    log.info("embedded with %d tokens (~$%.4f)", total_tokens, embedding_cost(model, total_tokens))
    return total_tokens


async def run_async(path: Path, concurrency: int, model: str) -> int:
    settings = get_settings()
    avo = voyageai.AsyncClient(api_key=settings.voyage_api_key.get_secret_value() if settings.voyage_api_key else None)
    sem = asyncio.Semaphore(concurrency)
    total = 0

    async def one(batch: list[Review]) -> None:
        nonlocal total
        async with sem:
            result = await avo.embed([r.text for r in batch], model=model, input_type="document")
            total += result.total_tokens

    await asyncio.gather(*(one(b) for b in chunks(read_reviews(path), BATCH)))
    return total


async def run_openai_dims_check(sample: list[str]) -> int:
    """Sanity check that the fallback model returns the dimension we index with."""
    client = get_async_openai()
    resp = await asyncio.wait_for(
        client.embeddings.create(model="text-embedding-3-small", input=sample, dimensions=1024),
        timeout=30,
    )
    return len(resp.data[0].embedding)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("path", type=Path)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--mode", choices=["threads", "async"], default="threads")
    parser.add_argument("--check-fallback", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)
    model = get_settings().models.embedding
    if args.check_fallback:
        print(asyncio.run(run_openai_dims_check(["hello world"])))
        return 0
    if args.mode == "async":
        tokens = asyncio.run(run_async(args.path, args.concurrency, model))
    else:
        tokens = run_threads(args.path, args.concurrency, model)
    print(f"done, {tokens} tokens")
    return 0


if __name__ == "__main__":
    sys.exit(main())
