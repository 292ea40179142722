"""Backfill product embeddings that the indexer missed (e.g. during an outage).

    PYTHONPATH=. python scripts/backfill_embeddings.py --limit 20000 --workers 8
"""
from __future__ import annotations

import argparse
import logging
import sys
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from typing import Dict, List

from core.services import Services, bootstrap
from core.settings import settings
from shared.db import VectorRepository
from shared.text import batched, completion, normalise

logger = logging.getLogger("backfill")

NAMESPACE = "products-openai"


def run(limit: int, workers: int, batch_size: int) -> int:
    bootstrap()
    client = Services.llm
    repo = VectorRepository(Services.db)
    rows = repo.missing(NAMESPACE, limit=limit)
    if not rows:
        logger.info("nothing to backfill")
        return 0

    pending: Dict[Future, List[dict]] = {}
    writes: List[Future] = []
    done = 0
    with ThreadPoolExecutor(max_workers=workers) as executor:
        for batch in batched(rows, batch_size):
            fut = executor.submit(
                client.embeddings.create,
                model=settings.llm.embedding_model,
                input=[normalise(f"{r['title']} {r['description']}") for r in batch],
            )
            pending[fut] = batch

        for fut in as_completed(pending):
            batch = pending[fut]
            try:
                resp = fut.result()
            except Exception:  # noqa: BLE001
                logger.exception("embedding batch failed (%d rows), will be picked up next run", len(batch))
                continue
            vectors = [d.embedding for d in resp.data]
            writes.append(executor.submit(repo.save_vectors, NAMESPACE, [r["id"] for r in batch], vectors))
            done += len(batch)
            logger.info("embedded %d/%d (%.0f%%)", done, len(rows), completion(done, len(rows)) * 100)

        written = sum(w.result() for w in writes)
    logger.info("backfill finished: %d vectors written", written)
    return written


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=5000)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--batch-size", type=int, default=256)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    run(args.limit, args.workers, args.batch_size)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
