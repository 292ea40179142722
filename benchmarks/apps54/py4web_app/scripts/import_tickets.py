#!/usr/bin/env python
"""Import tickets from the old OTRS CSV export."""
import csv
import datetime
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from apps.helpdesk.models import db  # noqa: E402

STATUS_MAP = {"new": "new", "open": "open", "pending reminder": "waiting", "closed successful": "closed"}
PRIO_MAP = {"1 very low": "P4", "2 low": "P4", "3 normal": "P3", "4 high": "P2", "5 very high": "P1"}


def parse_date(s):
    return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S") if s else None


def main(path):
    n = 0
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            db.ticket.insert(
                subject=row["Title"][:255],
                body=row.get("Body") or "(empty)",
                reporter=row.get("Customer"),
                status=STATUS_MAP.get(row.get("State", "").lower(), "closed"),
                priority=PRIO_MAP.get(row.get("Priority", "").lower(), "P3"),
                created_on=parse_date(row.get("Created")),
            )
            n += 1
            if n % 500 == 0:
                db.commit()
    db.commit()
    print("imported %d tickets" % n)


if __name__ == "__main__":
    main(sys.argv[1])
