#!/usr/bin/env python
"""Backfill OpenAI embeddings for articles that have none.

    python scripts/backfill_embeddings.py --limit 500 --batch 100
"""
import argparse
import json
import logging

from newsletter.config import settings
from newsletter.models import get_conn
from newsletter.providers import get_openai_client
from newsletter.utils.retry import with_backoff

log = logging.getLogger("backfill")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()

    rows = get_conn().execute(
        "SELECT id, title, excerpt FROM articles WHERE embedding IS NULL LIMIT ?", (args.limit,)
    ).fetchall()
    log.info("%d articles to embed", len(rows))
    if args.dry_run:
        return
    client = get_openai_client()
    for start in range(0, len(rows), args.batch):
        batch = rows[start : start + args.batch]
        resp = with_backoff(
            client.embeddings.create,
            model=settings.embedding_model,
            input=[f"{r['title']}\n{r['excerpt']}" for r in batch],
            attempts=4,
        )
        for row, item in zip(batch, resp.data):
            get_conn().execute(
                "UPDATE articles SET embedding = ? WHERE id = ?",
                (json.dumps(item.embedding), row["id"]),
            )
        get_conn().commit()
        log.info("embedded %d/%d", min(start + args.batch, len(rows)), len(rows))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    main()
