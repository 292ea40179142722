#!/usr/bin/env python
"""One-off: embed chunks that were ingested while Voyage was down (ingest_status='chunked').

    python scripts/backfill_embeddings.py --limit 5000 --dry-run
"""
import argparse
import asyncio
import logging
import os
import time

import voyageai
from sqlalchemy import select

from app.db.models import Document, DocumentChunk
from app.db.session import session_scope

logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("backfill")

BATCH = 128


async def main(limit, dry_run, model):
    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"], max_retries=5)
    async with session_scope() as session:
        stmt = (
            select(DocumentChunk)
            .join(Document)
            .where(Document.ingest_status == "chunked", DocumentChunk.embedding.is_(None))
            .limit(limit)
        )
        chunks = (await session.scalars(stmt)).all()
        log.info("%d chunks without embeddings", len(chunks))
        if dry_run:
            return
        for i in range(0, len(chunks), BATCH):
            batch = chunks[i : i + BATCH]
            res = vo.embed([c.text for c in batch], model=model, input_type="document")
            for c, v in zip(batch, res.embeddings):
                c.embedding = v
            log.info("batch %d: %d tokens", i // BATCH, res.total_tokens)
            time.sleep(0.5)
        await session.execute(
            Document.__table__.update().where(Document.ingest_status == "chunked").values(ingest_status="embedded")
        )


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=10_000)
    ap.add_argument("--model", default="voyage-law-2")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    asyncio.run(main(args.limit, args.dry_run, args.model))
