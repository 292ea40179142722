#!/usr/bin/env python3
"""Backfill summaries for resolved incidents (quarterly review export).

Writes a CSV: incident id, title, summary. Uses the async Anthropic client so
we can summarise ~200 incidents in a couple of minutes.
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)
sys.path.insert(0, os.path.join(ROOT, "plugins", "incident_summary"))

from lib import get_async_anthropic_client, get_cohere_client  # noqa: E402
from lib.prompts import INCIDENT_SUMMARY_SYSTEM  # noqa: E402
from lib.settings import MODELS  # noqa: E402
from pagerduty import PagerDutyClient, render_timeline  # noqa: E402


async def summarise(sem: asyncio.Semaphore, client, title: str, timeline: str) -> str:
    async with sem:
        msg = await client.messages.create(
            model=MODELS.anthropic_fast,
            max_tokens=500,
            system=INCIDENT_SUMMARY_SYSTEM,
            messages=[{"role": "user", "content": f"{title}\n\n{timeline}"}],
        )
        return msg.content[0].text


def themes(summaries: list[str]) -> str:
    """One Cohere call to cluster the quarter into themes for the review deck."""
    co = get_cohere_client()
    resp = co.chat(
        model=MODELS.cohere_chat,
        messages=[
            {"role": "system", "content": "Group these incident summaries into at most 6 recurring themes."},
            {"role": "user", "content": "\n\n".join(summaries)[:100_000]},
        ],
    )
    return resp.message.content[0].text


async def run(args) -> None:
    pd = PagerDutyClient(os.environ["PAGERDUTY_TOKEN"], "opsy@example.com")
    client = get_async_anthropic_client()
    sem = asyncio.Semaphore(args.concurrency)
    ids = [line.strip() for line in open(args.ids, encoding="utf-8") if line.strip()]
    incidents = [pd.get(i) for i in ids]
    timelines = [render_timeline(pd.log_entries(i.id)) for i in incidents]
    summaries = await asyncio.gather(*(summarise(sem, client, i.title, t) for i, t in zip(incidents, timelines)))
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "title", "summary"])
        for inc, s in zip(incidents, summaries):
            w.writerow([inc.id, inc.title, s])
    if args.themes:
        print(themes(list(summaries)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("ids", help="file with one PagerDuty incident id per line")
    parser.add_argument("--out", default="summaries.csv")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--themes", action="store_true")
    asyncio.run(run(parser.parse_args()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
