#!/usr/bin/env python
"""Draft outreach for a CSV of sourced candidates (sourcing team's monthly run).

    python scripts/draft_bulk_outreach.py sourced.csv --job-title "Staff Engineer" \
        --company Talentloop --recruiter Dana > drafts.jsonl
"""
from __future__ import annotations

import argparse
import csv
import json
import sys

from recruit_api.clients import get_openai_client
from recruit_api.services.outreach_writer import OutreachRequest, OutreachWriter, moderation_flags


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("csv_path")
    ap.add_argument("--job-title", required=True)
    ap.add_argument("--company", required=True)
    ap.add_argument("--recruiter", required=True)
    ap.add_argument("--model", default="gpt-4o-mini")
    ap.add_argument("--subject-only", action="store_true")
    args = ap.parse_args(argv)

    client = get_openai_client()
    writer = OutreachWriter(client, model=args.model)

    with open(args.csv_path, newline="") as fh:
        for row in csv.DictReader(fh):
            req = OutreachRequest(
                candidate_name=row["name"],
                current_role=row.get("current_role", ""),
                highlights=row.get("highlights", ""),
                job_title=args.job_title,
                company=args.company,
                fit_reason=row.get("fit_reason", ""),
                recruiter_name=args.recruiter,
            )
            if args.subject_only:
                completion = client.chat.completions.create(
                    model=args.model,
                    messages=[
                        {"role": "user", "content": "Write only an email subject line for:\n" + req.render()}
                    ],
                    max_tokens=30,
                )
                print(json.dumps({"name": row["name"], "subject": completion.choices[0].message.content}))
                continue
            draft = writer.draft(req)[0]
            flags = moderation_flags(client, draft.body)
            print(json.dumps({"name": row["name"], "subject": draft.subject, "body": draft.body,
                              "flags": flags}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
