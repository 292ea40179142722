#!/usr/bin/env python
"""Backfill statement embeddings for claims created before duplicate detection shipped.

    python scripts/backfill_embeddings.py --input export.jsonl --output vectors.jsonl
"""
import argparse
import asyncio
import json
import logging

from common import get_openai_client
from common.embeddings import EMBEDDING_MODEL, batched, embed_texts

log = logging.getLogger("backfill")

CONCURRENCY = 4


async def embed_batch(client, texts, sem):
    async with sem:
        response = await asyncio.to_thread(
            client.embeddings.create,
            model=EMBEDDING_MODEL,
            input=list(texts),
        )
    return [d.embedding for d in response.data]


async def run_async(claims, client):
    sem = asyncio.Semaphore(CONCURRENCY)
    texts = [c["statement"] for c in claims]
    batches = list(batched(texts, 128))
    results = await asyncio.gather(*(embed_batch(client, b, sem) for b in batches))
    return [vec for batch in results for vec in batch]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--sequential", action="store_true", help="slow path, easier on rate limits")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO)

    with open(args.input) as fh:
        claims = [json.loads(line) for line in fh if line.strip()]
    client = get_openai_client()

    if args.sequential:
        vectors = embed_texts(client, [c["statement"] for c in claims])
    else:
        vectors = asyncio.run(run_async(claims, client))

    with open(args.output, "w") as out:
        for claim, vec in zip(claims, vectors):
            out.write(json.dumps({"claim_number": claim["claim_number"], "embedding": vec}) + "\n")
    log.info("wrote %d vectors", len(vectors))


if __name__ == "__main__":
    main()
