#!/usr/bin/env python
"""Backfill CRM summaries for closed tickets that predate the summarize node.

    python scripts/backfill_summaries.py --since 2024-06-01 --workers 8
"""
from __future__ import annotations

import argparse
import csv
import logging
import sys
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.agents.prompts import SUMMARY_SYSTEM  # noqa: E402
from app.providers import get_mistral_client  # noqa: E402
from app.tools.orders import SessionLocal  # noqa: E402
from sqlalchemy import text  # noqa: E402

log = logging.getLogger("backfill")


def closed_tickets(since: str) -> list[tuple[str, str]]:
    with SessionLocal() as s:
        rows = s.execute(
            text("SELECT id, transcript FROM tickets WHERE status = 'closed' AND summary IS NULL AND closed_at >= :d"),
            {"d": since},
        ).all()
    return [(r[0], r[1]) for r in rows]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--out", default="backfill_summaries.csv")
    ap.add_argument("--model", default="mistral-small-latest")
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)

    tickets = closed_tickets(args.since)
    log.info("%d tickets to backfill", len(tickets))
    client = get_mistral_client()

    with ThreadPoolExecutor(max_workers=args.workers) as pool, open(args.out, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ticket_id", "summary", "prompt_tokens", "completion_tokens"])
        futures = {
            pool.submit(
                client.chat.complete,
                model=args.model,
                messages=[
                    {"role": "system", "content": SUMMARY_SYSTEM},
                    {"role": "user", "content": transcript[:20_000]},
                ],
                max_tokens=400,
            ): ticket_id
            for ticket_id, transcript in tickets
        }
        for fut in as_completed(futures):
            tid = futures[fut]
            try:
                res = fut.result()
            except Exception as exc:  # noqa: BLE001
                log.error("ticket %s failed: %s", tid, exc)
                continue
            writer.writerow([tid, res.choices[0].message.content, res.usage.prompt_tokens, res.usage.completion_tokens])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
