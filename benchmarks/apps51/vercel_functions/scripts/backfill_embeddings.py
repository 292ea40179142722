#!/usr/bin/env python
"""Backfill embeddings for documents saved before semantic search shipped.

    python scripts/backfill_embeddings.py --batch 96 --workers 4
"""
import argparse
import json
import logging
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from lib.db import _sql  # noqa: E402
from lib.llm import get_openai  # noqa: E402
from lib.llm.embeddings import OPENAI_EMBED_MODEL  # noqa: E402

log = logging.getLogger("backfill")


def pending(limit: int) -> list[dict]:
    return _sql("SELECT id, body FROM documents WHERE embedding IS NULL ORDER BY id LIMIT $1", [limit])


def save(ids: list[int], vectors: list[list[float]]) -> None:
    for doc_id, vec in zip(ids, vectors):
        _sql("UPDATE documents SET embedding = $1 WHERE id = $2", [json.dumps(vec), doc_id])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--batch", type=int, default=96)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--limit", type=int, default=10_000)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    docs = pending(args.limit)
    client = get_openai()
    batches = [docs[i : i + args.batch] for i in range(0, len(docs), args.batch)]
    log.info("%d documents in %d batches", len(docs), len(batches))

    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {
            pool.submit(
                client.embeddings.create,
                model=OPENAI_EMBED_MODEL,
                input=[d["body"][:8000] for d in batch],
            ): batch
            for batch in batches
        }
        for fut in as_completed(futures):
            batch = futures[fut]
            try:
                resp = fut.result()
            except Exception:
                log.exception("batch starting at %s failed", batch[0]["id"])
                continue
            save([d["id"] for d in batch], [e.embedding for e in resp.data])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
