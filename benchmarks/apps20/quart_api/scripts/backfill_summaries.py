#!/usr/bin/env python
"""One-off: generate summaries for tickets closed before the summary feature.

Usage: python scripts/backfill_summaries.py --since 2024-01-01 [--dry-run]
"""
from __future__ import annotations

import argparse
import asyncio
import os

import asyncpg
from anthropic import AsyncAnthropic

from deskpilot.repositories import TicketRepository
from deskpilot.services.summarizer import Summarizer


async def main(since: str, dry_run: bool, concurrency: int) -> None:
    pool = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    tickets = TicketRepository(pool)
    summarizer = Summarizer(AsyncAnthropic(), model="claude-3-5-haiku-20241022", max_tokens=400)
    ids = [r["id"] for r in await pool.fetch(
        "SELECT id FROM tickets WHERE status = 'resolved' AND summary IS NULL AND created_at >= $1", since
    )]
    print(f"{len(ids)} tickets to backfill")
    sem = asyncio.Semaphore(concurrency)

    async def one(tid: str) -> None:
        async with sem:
            thread = await tickets.thread(tid)
            if dry_run:
                print(tid, len(thread), "messages")
                return
            s = await summarizer.summarize_thread(thread)
            await tickets.update(tid, summary=s.text)

    await asyncio.gather(*(one(t) for t in ids))
    await pool.close()


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--since", required=True)
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--concurrency", type=int, default=4)
    a = p.parse_args()
    asyncio.run(main(a.since, a.dry_run, a.concurrency))
