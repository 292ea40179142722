#!/usr/bin/env python
"""Backfill client summaries and proposal abstracts for old records.

    python scripts/backfill_summaries.py --clients --proposals --dry-run
"""
import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cerebras.cloud.sdk import Cerebras  # noqa: E402

from proposalwriter.legacy import legacy_summary  # noqa: E402
from proposalwriter.llm_usage_tracker import llm_tracker  # noqa: E402
from proposalwriter.services import services  # noqa: E402
from proposalwriter.store import clients, proposals  # noqa: E402


def backfill_clients(dry_run: bool) -> int:
    n = 0
    for c in clients(where="summary = '' and notes != ''"):
        msg = services.anthropic.messages.create(
            model=services.settings.models.review_fast,
            max_tokens=300,
            messages=[{"role": "user", "content": f"Summarise in 5 bullets:\n{c.notes}"}],
        )
        if not dry_run:
            clients.update(dict(summary=msg.content[0].text), c.id)
        n += 1
    return n


def tag_proposals(dry_run: bool) -> int:
    fast = Cerebras()
    n = 0
    for p in proposals():
        resp = fast.chat.completions.create(
            model="llama3.1-8b",
            messages=[{"role": "user", "content": f"Give 3 comma-separated tags for: {p.title}. {p.brief}"}],
        )
        tags = resp.choices[0].message.content.strip()
        print(p.id, tags)
        n += 1
    return n


async def abstracts(dry_run: bool) -> int:
    n = 0
    for p in proposals(where="body != ''"):
        async with llm_tracker.track_llm_call(
            provider="openai", model="gpt-4o-mini", feature_context="backfill_abstract"
        ) as usage_log:
            resp = await services.async_openai.chat.completions.create(
                model="gpt-4o-mini",
                messages=[{"role": "user", "content": "Two-sentence abstract:\n" + p.body[:8000]}],
            )
            usage_log.input_tokens = resp.usage.prompt_tokens
            usage_log.output_tokens = resp.usage.completion_tokens
        if not dry_run:
            print(p.id, resp.choices[0].message.content)
        n += 1
    return n


def legacy_pass() -> None:
    for p in proposals(where="status = 'archived'"):
        print(p.id, legacy_summary(p.body[:4000]))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", action="store_true")
    ap.add_argument("--proposals", action="store_true")
    ap.add_argument("--tags", action="store_true")
    ap.add_argument("--legacy", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    services.start()
    if args.clients:
        print("clients:", backfill_clients(args.dry_run))
    if args.proposals:
        print("abstracts:", asyncio.run(abstracts(args.dry_run)))
    if args.tags:
        print("tagged:", tag_proposals(args.dry_run))
    if args.legacy:
        legacy_pass()


if __name__ == "__main__":
    main()
