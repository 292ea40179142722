#!/usr/bin/env python
"""Re-enqueue documents stuck in a failed state, and print a CSV report.

    python -m scripts.reprocess_failed --status ocr_failed --limit 200 --dry-run
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import Counter

from claimsdoc import storage
from claimsdoc.actors import classify_document, ocr_document
from claimsdoc.pipelines import DocumentRef, document_pipeline


class FailureReport:
    def __init__(self, rows: list[dict]) -> None:
        self.rows = rows

    def generate(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["document_id", "claim_id", "status", "attempts"])
        for r in self.rows:
            w.writerow([r["id"], r["claim_id"], r["status"], r.get("attempts", 0)])
        return buf.getvalue()

    def by_status(self) -> Counter:
        return Counter(r["status"] for r in self.rows)


def failed(status: str, limit: int) -> list[dict]:
    with storage._conn() as conn:
        return conn.execute(
            "select * from documents where status = %s order by updated_at desc limit %s", (status, limit)
        ).fetchall()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--status", default="ocr_failed")
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    rows = failed(args.status, args.limit)
    report = FailureReport(rows)
    sys.stdout.write(report.generate())
    print(dict(report.by_status()), file=sys.stderr)
    if args.dry_run:
        return 0
    for r in rows:
        if args.status == "classify_failed":
            classify_document.send({"claim_id": r["claim_id"], "document_id": str(r["id"]), "text": r.get("ocr_text", "")})
        elif args.status == "ocr_failed":
            ocr_document.send(r["claim_id"], str(r["id"]), r["s3_key"])
        else:
            document_pipeline(r["claim_id"], DocumentRef(str(r["id"]), r["s3_key"])).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
