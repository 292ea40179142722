#!/usr/bin/env python
"""Nightly re-tag of yesterday's closed tickets (cron, not the Faust worker)."""
import argparse
import csv
import logging
import sys

from supportstream.legacy.old_classifier import classify_ticket, classify_ticket_mistral, push_tags

log = logging.getLogger("retag")


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("export_csv")
    parser.add_argument("--eu", action="store_true")
    parser.add_argument("--dry-run", action="store_true")
    args = parser.parse_args(argv)

    classify = classify_ticket_mistral if args.eu else classify_ticket
    changed = 0
    with open(args.export_csv, newline="") as fh:
        for row in csv.DictReader(fh):
            label = classify(row["subject"], row["description"])
            if label != row.get("category"):
                changed += 1
                if not args.dry_run:
                    push_tags(row["id"], [label])
    log.info("retagged %d tickets", changed)
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
