"""Re-embed every saved memory after changing TOGETHER_EMBED_MODEL.

    python -m scripts.backfill_embeddings --namespace discord:1234 [--workers 4]

Run with the bots stopped (or accept that a few /faq answers are off for a minute).
"""
from __future__ import annotations

import argparse
import json
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from typing import List

import redis

from shared.clients import get_together_sync
from shared.config import TOGETHER_EMBED_MODEL, get_settings
from shared.logging_setup import configure_logging

log = logging.getLogger("scripts.backfill_embeddings")

BATCH = 64


def _batches(items: List, size: int):
    for start in range(0, len(items), size):
        yield start, items[start : start + size]


def _write_batch(r: redis.Redis, key: str, start: int, docs: List[dict], vectors: List[List[float]]) -> int:
    pipe = r.pipeline()
    for offset, (doc, vec) in enumerate(zip(docs, vectors)):
        doc["v"] = vec
        pipe.lset(key, start + offset, json.dumps(doc))
    pipe.execute()
    return len(docs)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--namespace", required=True)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args(argv)
    configure_logging("scripts")

    r = redis.Redis.from_url(get_settings().redis_url, decode_responses=True)
    key = f"mem:{args.namespace}"
    docs = [json.loads(x) for x in r.lrange(key, 0, -1)]
    log.info("re-embedding %d docs in %s with %s", len(docs), key, TOGETHER_EMBED_MODEL)

    client = get_together_sync()
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {
            pool.submit(
                client.embeddings.create,
                model=TOGETHER_EMBED_MODEL,
                input=[d["text"] for d in chunk],
            ): (start, chunk)
            for start, chunk in _batches(docs, BATCH)
        }
        writes = []
        for fut in as_completed(futures):
            start, chunk = futures[fut]
            vectors = [item.embedding for item in fut.result().data]
            writes.append(pool.submit(_write_batch, r, key, start, chunk, vectors))
        done = sum(w.result() for w in writes)
    log.info("done: %d docs updated", done)


if __name__ == "__main__":
    main()
