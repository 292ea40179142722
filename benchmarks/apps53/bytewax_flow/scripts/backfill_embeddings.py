"""Backfill the search index from a JSONL export.

    python -m scripts.backfill_embeddings export.jsonl --provider openai --workers 8
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed

from openai import OpenAI

from clients import make_mistral
from common.config import get_settings
from common.schema import SupportMessage
from steps.embed import to_chunks

log = logging.getLogger("backfill")


def _read(path: str):
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield SupportMessage.from_json(line)


def _batches(items, size):
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def backfill_openai(path: str, workers: int, batch_size: int) -> int:
    settings = get_settings()
    client = OpenAI(api_key=settings.openai_api_key, max_retries=5)
    chunks = [c for msg in _read(path) for c in to_chunks(msg)]
    done = 0
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(
                client.embeddings.create,
                model=settings.models.embed_model,
                input=[text for _, text, _ in batch],
            ): batch
            for batch in _batches(chunks, batch_size)
        }
        for fut in as_completed(futures):
            batch = futures[fut]
            resp = fut.result()
            done += len(resp.data)
            log.info("embedded %d/%d (last batch %s tokens)", done, len(chunks), resp.usage.total_tokens)
            _ = batch
    return done


def backfill_mistral(path: str, batch_size: int) -> int:
    client = make_mistral()
    model = get_settings().models.mistral_embed_model
    done = 0
    for batch in _batches([c for msg in _read(path) for c in to_chunks(msg)], batch_size):
        resp = client.embeddings.create(model=model, inputs=[t for _, t, _ in batch])
        done += len(resp.data)
    return done


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path")
    parser.add_argument("--provider", choices=["openai", "mistral"], default="openai")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    if args.provider == "openai":
        n = backfill_openai(args.path, args.workers, args.batch_size)
    else:
        n = backfill_mistral(args.path, args.batch_size)
    print(json.dumps({"embedded": n}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
