"""Backfill summaries for documents created before the Inngest pipeline.

Usage: python scripts/backfill_summaries.py --limit 500 [--dry-run]
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app import db  # noqa: E402
from services import get_anthropic, render_prompt  # noqa: E402
from services.notify import ProgressTracker, ReportBuilder, notify_slack  # noqa: E402

log = logging.getLogger("backfill")


async def summarize_one(sem: asyncio.Semaphore, doc_id: str, body: str) -> tuple[str, str]:
    async with sem:
        msg = await get_anthropic().messages.create(
            model="claude-3-5-haiku-20241022",
            max_tokens=600,
            system=render_prompt("summary", max_bullets=5),
            messages=[{"role": "user", "content": body[:20000]}],
        )
        return doc_id, msg.content[0].text


async def main(limit: int, dry_run: bool) -> None:
    docs = [r for r in db.documents.list() if "summary_id" not in r.data][:limit]
    progress = ProgressTracker(total=len(docs))
    if dry_run:
        print(f"would backfill {len(docs)} documents")
        return
    sem = asyncio.Semaphore(8)
    tasks = [summarize_one(sem, d.id, d.data["body"]) for d in docs]
    for fut in asyncio.as_completed(tasks):
        doc_id, text = await fut
        rec = db.summaries.create(document_id=doc_id, text=text)
        db.documents.update(doc_id, summary_id=rec.id, status="ready")
        progress.advance()
        if progress.done % 50 == 0:
            log.info("backfill %.0f%%", progress.completion() * 100)
    report = ReportBuilder("Backfill").add("Done", f"{progress.done} documents").generate()
    await notify_slack(report)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    asyncio.run(main(args.limit, args.dry_run))
