"""Nightly: summarise every closed conversation that has no summary yet.

    python -m scripts.backfill_summaries --since 2024-01-01
"""
from __future__ import annotations

import argparse
import asyncio
import logging

from app.config import get_settings
from app.features.summarizer import ConversationSummarizer
from app.providers.clients import get_anthropic
from app.storage.transcripts import TranscriptStore

log = logging.getLogger("backfill")


async def main(since: str, limit: int, concurrency: int) -> None:
    store = await TranscriptStore.create(get_settings().database_url)
    summarizer = ConversationSummarizer(get_anthropic(), store)
    rows = await store.pool.fetch(
        "SELECT id FROM conversations WHERE status='closed' AND summary IS NULL "
        "AND closed_at >= $1::date ORDER BY closed_at LIMIT $2",
        since, limit,
    )
    sem = asyncio.Semaphore(concurrency)

    async def one(conv_id: str) -> None:
        async with sem:
            try:
                await summarizer.summarize_tracked(conv_id)
            except Exception:  # noqa: BLE001
                log.exception("failed %s", conv_id)

    await asyncio.gather(*(one(r["id"]) for r in rows))
    log.info("backfilled %d conversations", len(rows))


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--since", required=True)
    p.add_argument("--limit", type=int, default=5000)
    p.add_argument("--concurrency", type=int, default=8)
    a = p.parse_args()
    logging.basicConfig(level=logging.INFO)
    asyncio.run(main(a.since, a.limit, a.concurrency))
