#!/usr/bin/env python
"""Backfill embeddings for every published article.

    python -m scripts.backfill_embeddings --space 3 --dry-run
"""
from __future__ import annotations

import argparse
import asyncio
import logging

from kb_api.db import Database
from kb_api.llm_clients import get_openai_client
from kb_api.settings import get_settings
from kb_api.utils.text import count_tokens

log = logging.getLogger("backfill")


async def main(space_id: int | None, dry_run: bool) -> None:
    settings = get_settings()
    db = await Database.connect(settings.database_url)
    client = get_openai_client()
    try:
        spaces = [space_id] if space_id else [r["id"] for r in await db.pool.fetch("SELECT id FROM spaces")]
        for sid in spaces:
            articles = await db.articles.list_for_space(sid, limit=10_000)
            total_tokens = sum(count_tokens(a.body) for a in articles)
            log.info("space %s: %s articles, ~%s tokens", sid, len(articles), total_tokens)
            if dry_run:
                continue
            for article in articles:
                resp = await client.embeddings.create(
                    model=settings.openai_embedding_model,
                    input=f"{article.title}\n\n{article.body[:24_000]}",
                )
                await db.articles.store_embedding(article.id, resp.data[0].embedding, settings.openai_embedding_model)
    finally:
        await db.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    parser = argparse.ArgumentParser()
    parser.add_argument("--space", type=int)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args()
    asyncio.run(main(args.space, args.dry_run))
