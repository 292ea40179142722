#!/usr/bin/env python
"""One-off: backfill embeddings for chunks that predate the voyage migration.

    python -m scripts.backfill_embeddings --limit 5000 --dry-run
"""
import argparse
import os
import time

import voyageai
from sqlalchemy import select, update

from app.db.models import chunks
from app.db.session import engine


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=1000)
    ap.add_argument("--model", default="voyage-3")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    vo = voyageai.Client(api_key=os.environ["VOYAGE_API_KEY"])
    with engine.begin() as conn:
        rows = conn.execute(
            select(chunks.c.id, chunks.c.text).where(chunks.c.embed_model != args.model).limit(args.limit)
        ).all()
        print(f"{len(rows)} chunks to backfill")
        if args.dry_run:
            print("estimated tokens:", vo.count_tokens([r.text for r in rows], model=args.model))
            return
        for i in range(0, len(rows), 128):
            batch = rows[i : i + 128]
            res = vo.embed([r.text for r in batch], model=args.model, input_type="document")
            for row, vec in zip(batch, res.embeddings):
                conn.execute(update(chunks).where(chunks.c.id == row.id).values(embedding=vec, embed_model=args.model))
            time.sleep(0.25)
    print("done")


if __name__ == "__main__":
    main()
