#!/usr/bin/env python
"""One-off: backfill summaries for notes that never got one (2024-03 incident)."""

from __future__ import annotations

import argparse
import asyncio

import anthropic

from notes_app.config import Settings
from notes_app.domain.repositories import NoteRepository
from notes_app.jobs.base import job_container
from notes_app.services.llm_usage_tracker import llm_tracker


async def main(limit: int, concurrency: int) -> None:
    settings = Settings.from_env()
    client = anthropic.AsyncAnthropic(api_key=settings.anthropic_api_key)
    sem = asyncio.Semaphore(concurrency)

    with job_container() as c:
        repo = c.get(NoteRepository)
        notes = [n for n in repo.list(limit=limit) if not n.summary]

        async def one(note):
            async with sem:
                async with llm_tracker.track_llm_call(
                    provider="anthropic", model=settings.summary_model, feature_context="backfill"
                ) as usage_log:
                    msg = await client.messages.create(
                        model=settings.summary_model,
                        max_tokens=300,
                        messages=[{"role": "user", "content": f"Summarize:\n\n{note.body[:20000]}"}],
                    )
                    usage_log.input_tokens = msg.usage.input_tokens
                    usage_log.output_tokens = msg.usage.output_tokens
                note.summary = msg.content[0].text
                repo.update(note)

        await asyncio.gather(*(one(n) for n in notes))
        print(f"backfilled {len(notes)}")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--concurrency", type=int, default=4)
    a = p.parse_args()
    asyncio.run(main(a.limit, a.concurrency))
