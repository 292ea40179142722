#!/usr/bin/env python
"""Backfill voyage-law-2 embeddings for chunks embedded with the old OpenAI model.

Usage: python scripts/backfill_embeddings.py --tenant acme --batch 128 [--dry-run]
"""
import argparse
import logging
import sys
import time
from functools import partial

from sqlalchemy import select

from docproc.clients import voyage_client
from docproc.db import session_scope
from docproc.logging_config import configure_logging
from docproc.models import Document, DocumentChunk, Matter
from docproc.settings import settings

log = logging.getLogger("backfill")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tenant", required=True)
    parser.add_argument("--batch", type=int, default=128)
    parser.add_argument("--dry-run", action="store_true")
    parser.add_argument("--sleep", type=float, default=0.5, help="seconds between batches")
    args = parser.parse_args(argv)
    configure_logging()

    embed = partial(voyage_client().embed, model=settings.voyage_embed_model, input_type="document")

    with session_scope() as session:
        stmt = (
            select(DocumentChunk)
            .join(Document)
            .join(Matter)
            .where(Matter.tenant_id == args.tenant, DocumentChunk.embedding_model != settings.voyage_embed_model)
            .order_by(DocumentChunk.id)
        )
        chunks = list(session.scalars(stmt))
        log.info("%d chunks to backfill for tenant %s", len(chunks), args.tenant)
        if args.dry_run:
            return 0

        done = 0
        for start in range(0, len(chunks), args.batch):
            batch = chunks[start:start + args.batch]
            result = embed([c.text for c in batch])
            for chunk, vector in zip(batch, result.embeddings):
                chunk.embedding = vector
                chunk.embedding_model = settings.voyage_embed_model
            done += len(batch)
            session.flush()
            log.info("backfilled %d/%d (%d tokens this batch)", done, len(chunks), result.total_tokens)
            time.sleep(args.sleep)
    return 0


if __name__ == "__main__":
    sys.exit(main())
