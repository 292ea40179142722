#!/usr/bin/env python
"""One-off: re-embed chunks still on the Azure model with Voyage.

    python scripts/backfill_embeddings.py --tenant <uuid> [--dry-run] [--batch 64]

Runs outside the worker on purpose (the ops box has a higher Voyage rate limit key).
"""
import argparse
import logging
import os
import sys
import time
import uuid

import voyageai
from sqlmodel import Session, select

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from app.core.config import settings  # noqa: E402
from app.core.db import engine  # noqa: E402
from app.models import DocumentChunk  # noqa: E402

log = logging.getLogger("backfill")

NEW_MODEL = f"voyage/{settings.VOYAGE_EMBED_MODEL}"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tenant", required=True, type=uuid.UUID)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")

    vo = voyageai.Client(api_key=os.environ.get("VOYAGE_OPS_API_KEY") or settings.VOYAGE_API_KEY)

    with Session(engine) as session:
        chunks = session.exec(
            select(DocumentChunk).where(
                DocumentChunk.tenant_id == args.tenant,
                DocumentChunk.embedding_model != NEW_MODEL,
            )
        ).all()
        log.info("%d chunks to re-embed", len(chunks))
        if args.dry_run:
            return 0

        total_tokens = 0
        for start in range(0, len(chunks), args.batch):
            batch = chunks[start : start + args.batch]
            result = vo.embed(
                [c.text for c in batch],
                model=settings.VOYAGE_EMBED_MODEL,
                input_type="document",
                output_dimension=settings.EMBEDDING_DIM,
            )
            for chunk, vector in zip(batch, result.embeddings):
                chunk.embedding = vector
                chunk.embedding_model = NEW_MODEL
                session.add(chunk)
            session.commit()
            total_tokens += result.total_tokens
            log.info("%d/%d done (%d tokens so far)", start + len(batch), len(chunks), total_tokens)
            time.sleep(0.2)
    return 0


if __name__ == "__main__":
    sys.exit(main())
