#!/usr/bin/env python3
"""One-off: label the last N days of failed test runs as flaky / regression
so the dashboard has training data.  Reads the buildbot DB directly.

    python scripts/backfill_flaky_labels.py --db postgresql://... --days 30
"""
import argparse
import concurrent.futures
import json
import logging
import os
import sys

import sqlalchemy as sa

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from llm import get_anthropic_client, load_settings  # noqa: E402
from llm.prompts import FLAKY_TRIAGE_SYSTEM  # noqa: E402
from llm.usage import estimate_cost  # noqa: E402

log = logging.getLogger("backfill")

QUERY = sa.text("""
    SELECT b.id, bl.name AS builder, l.id AS logid
    FROM builds b
    JOIN builders bl ON bl.id = b.builderid
    JOIN steps s ON s.buildid = b.id
    JOIN logs l ON l.stepid = s.id AND l.name = 'stdio'
    WHERE b.results = 2 AND b.complete_at > extract(epoch from now()) - :secs
""")


def load_rows(engine, days):
    with engine.connect() as conn:
        return list(conn.execute(QUERY, {"secs": days * 86400}))


def log_text(engine, logid, limit=8000):
    with engine.connect() as conn:
        rows = conn.execute(
            sa.text("SELECT content FROM logchunks WHERE logid=:l ORDER BY first_line DESC LIMIT 20"),
            {"l": logid},
        )
        text = "".join(r.content.decode("utf-8", "replace") if isinstance(r.content, bytes) else r.content
                       for r in rows)
    return text[-limit:]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--days", type=int, default=30)
    ap.add_argument("--workers", type=int, default=4)
    ap.add_argument("--out", default="flaky_labels.jsonl")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO)

    settings = load_settings()
    engine = sa.create_engine(args.db)
    client = get_anthropic_client()
    rows = load_rows(engine, args.days)
    log.info("%d failed builds to label", len(rows))

    total_in = total_out = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=args.workers) as pool, \
            open(args.out, "w") as out:
        futures = {}
        for row in rows:
            fut = pool.submit(
                client.messages.create,
                model=settings.anthropic_fast_model,
                max_tokens=200,
                system=FLAKY_TRIAGE_SYSTEM,
                messages=[{"role": "user", "content": log_text(engine, row.logid)}],
            )
            futures[fut] = row
        for fut in concurrent.futures.as_completed(futures):
            row = futures[fut]
            try:
                msg = fut.result()
            except Exception as exc:  # noqa: BLE001
                log.warning("build %s: %s", row.id, exc)
                continue
            total_in += msg.usage.input_tokens
            total_out += msg.usage.output_tokens
            out.write(json.dumps({"build": row.id, "builder": row.builder,
                                  "label": msg.content[0].text}) + "\n")

    log.info("done; approx cost $%.2f",
             estimate_cost(settings.anthropic_fast_model, total_in, total_out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
