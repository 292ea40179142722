#!/usr/bin/env python
"""Summarise every meeting in the local DB that has a transcript but no summary.

Uses the provider registry, so whatever is default in settings is used.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from minutes_mate.services import registry  # noqa: E402
from minutes_mate.services.multi_model_service import TaskComplexity, multi_model_service  # noqa: E402
from minutes_mate.storage.db import MeetingStore  # noqa: E402
from minutes_mate.utils.prompts import SUMMARY_SYSTEM  # noqa: E402


def pending(store: MeetingStore):
    return store.conn.execute(
        "SELECT id, transcript FROM meetings WHERE transcript != '' AND (summary IS NULL OR summary = '')"
    ).fetchall()


def run_untracked(store: MeetingStore, provider: str) -> None:
    adapter = registry.get(provider)
    for meeting_id, transcript in pending(store):
        summary = adapter.complete(
            [{"role": "system", "content": SUMMARY_SYSTEM}, {"role": "user", "content": transcript}]
        )
        store.update_summary(meeting_id, summary)
        print(f"summarised meeting {meeting_id}")


async def run_tracked(store: MeetingStore) -> None:
    for meeting_id, transcript in pending(store):
        summary = await multi_model_service.generate_response(
            prompt=transcript,
            task_type="summary",
            complexity=TaskComplexity.SIMPLE,
            system=SUMMARY_SYSTEM,
        )
        store.update_summary(meeting_id, summary)
        print(f"summarised meeting {meeting_id} (tracked)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--provider", help="bypass the tracked service and use this registry provider")
    args = ap.parse_args()
    store = MeetingStore()
    if args.provider:
        run_untracked(store, args.provider)
    else:
        asyncio.run(run_tracked(store))


if __name__ == "__main__":
    main()
