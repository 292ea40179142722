#!/usr/bin/env python
"""One-off: (re)summarize support tickets for a date range outside of Dagster.

Used when the CX team changes the summary prompt and wants history regenerated
before the next quarterly review. Small ranges run synchronously; anything above
--batch-threshold goes through the Message Batches API.

    python scripts/backfill_summaries.py --start 2024-06-01 --end 2024-06-30
"""
import argparse
import csv
import os
import sys
from typing import Dict, Iterator, List

import anthropic
import psycopg2
import psycopg2.extras

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from catalog_enrichment.llm.prompts import SUPPORT_SUMMARY_SYSTEM  # noqa: E402

MODEL = "claude-3-5-haiku-20241022"


def iter_tickets(dsn: str, start: str, end: str) -> Iterator[Dict]:
    with psycopg2.connect(dsn) as conn, conn.cursor(cursor_factory=psycopg2.extras.RealDictCursor) as cur:
        cur.execute(
            "select ticket_id, subject, transcript from analytics_enrichment.mart_ticket_transcripts "
            "where created_at::date between %s and %s",
            (start, end),
        )
        for row in cur:
            yield dict(row)


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--start", required=True)
    parser.add_argument("--end", required=True)
    parser.add_argument("--out", default="summaries.csv")
    parser.add_argument("--batch-threshold", type=int, default=500)
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    client = anthropic.Anthropic()
    tickets = list(iter_tickets(os.environ["WAREHOUSE_DSN"], args.start, args.end))
    print(f"{len(tickets)} tickets between {args.start} and {args.end}")
    if args.dry_run:
        return 0

    if len(tickets) > args.batch_threshold:
        batch = client.messages.batches.create(
            requests=[
                {
                    "custom_id": t["ticket_id"],
                    "params": {
                        "model": MODEL,
                        "max_tokens": 500,
                        "system": SUPPORT_SUMMARY_SYSTEM,
                        "messages": [{"role": "user", "content": f"Subject: {t['subject']}\n\n{t['transcript']}"}],
                    },
                }
                for t in tickets
            ]
        )
        print(f"submitted batch {batch.id}; add it to llm_batch_status_sensor's cursor")
        return 0

    with open(args.out, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ticket_id", "summary", "input_tokens", "output_tokens"])
        for t in tickets:
            msg = client.messages.create(
                model=MODEL,
                max_tokens=500,
                system=SUPPORT_SUMMARY_SYSTEM,
                messages=[{"role": "user", "content": f"Subject: {t['subject']}\n\n{t['transcript']}"}],
            )
            writer.writerow([t["ticket_id"], msg.content[0].text, msg.usage.input_tokens, msg.usage.output_tokens])
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
