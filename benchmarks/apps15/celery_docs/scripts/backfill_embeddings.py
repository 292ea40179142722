#!/usr/bin/env python
"""Re-embed all chunks of a tenant with the current Voyage model.

    python scripts/backfill_embeddings.py --tenant hanse-re --model voyage-3.5 --workers 4

Runs outside Celery on purpose (one big box, no per-task overhead).
"""
import argparse
import logging
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed

from sqlalchemy import select

from docintel.core.clients import vo
from docintel.core.db import session_scope
from docintel.core.log_config import configure_logging
from docintel.models import Chunk, Document
from docintel.utils import batched

log = logging.getLogger("backfill")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--model", default="voyage-3.5")
    parser.add_argument("--batch-size", type=int, default=96)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    configure_logging("INFO", json_output=False)

    with session_scope() as session:
        rows = session.execute(
            select(Chunk.id, Chunk.text)
            .join(Document, Document.id == Chunk.document_id)
            .where(Document.tenant_id == args.tenant)
            .where((Chunk.embedding_model.is_(None)) | (Chunk.embedding_model != args.model))
            .order_by(Chunk.id)
        ).all()
    log.info("%d chunks to re-embed", len(rows))
    if args.dry_run or not rows:
        return 0

    done = 0
    with ThreadPoolExecutor(max_workers=args.workers) as pool:
        futures = {}
        for batch in batched(rows, args.batch_size):
            ids = [r[0] for r in batch]
            fut = pool.submit(vo.embed, [r[1] for r in batch], model=args.model, input_type="document")
            futures[fut] = ids

        for fut in as_completed(futures):
            ids = futures[fut]
            result = fut.result()
            with session_scope() as session:
                for chunk_id, vec in zip(ids, result.embeddings):
                    chunk = session.get(Chunk, chunk_id)
                    chunk.embedding = vec
                    chunk.embedding_model = args.model
            done += len(ids)
            log.info("%d/%d", done, len(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
