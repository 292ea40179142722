#!/usr/bin/env python
"""Backfill embeddings for documents that were imported without them.

    python -m scripts.backfill_embeddings --provider openai --limit 2000
"""
import argparse
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed

from app.config import get_config
from app.repositories.documents import DocumentRepository
from app.services import get_openai, get_voyage

log = logging.getLogger("backfill")


def _chunks(items, n):
    for i in range(0, len(items), n):
        yield items[i:i + n]


def backfill_openai(docs, model, workers=4):
    client = get_openai()
    futures = {}
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for batch in _chunks(docs, 64):
            fut = pool.submit(
                client.embeddings.create,
                model=model,
                input=[d.text[:8000] for d in batch],
            )
            futures[fut] = batch
        done = []
        for fut in as_completed(futures):
            resp = fut.result()
            done.extend(d.id for d in futures[fut])
            log.info("embedded %d docs (%d tokens)", len(resp.data), resp.usage.total_tokens)
    return done


def backfill_voyage(docs, model):
    vo = get_voyage()
    done = []
    for batch in _chunks(docs, 128):
        result = vo.embed([d.text for d in batch], model=model, input_type="document")
        log.info("voyage batch: %d vectors, %d tokens", len(result.embeddings), result.total_tokens)
        done.extend(d.id for d in batch)
    return done


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--provider", choices=["openai", "voyage"], default="openai")
    parser.add_argument("--limit", type=int, default=500)
    args = parser.parse_args()

    cfg = get_config()
    repo = DocumentRepository(cfg.DATABASE_URL)
    docs = repo.without_embeddings(limit=args.limit)
    if args.provider == "openai":
        ids = backfill_openai(docs, cfg.OPENAI_EMBED_MODEL)
    else:
        ids = backfill_voyage(docs, cfg.VOYAGE_MODEL)
    repo.mark_embedded(ids, args.provider)
    print(f"done: {len(ids)} documents")


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
