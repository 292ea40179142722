#!/usr/bin/env python3
"""Upload the moderation eval set (JSONL) for the offline batch job.

Only uploads; the batch itself is started from the finops dashboard.
"""

import argparse
import json

import _path  # noqa: F401
from LLM.local.clients import get_openai
from LLM.local.tokens import count_openai_tokens, estimate_cost


def main():
    p = argparse.ArgumentParser()
    p.add_argument("jsonl")
    p.add_argument("--dry-run", action="store_true")
    args = p.parse_args()
    total = 0
    with open(args.jsonl) as fd:
        for row in fd:
            body = json.loads(row)["body"]
            total += count_openai_tokens(json.dumps(body["input"]))
    print("~%d input tokens, est. $%.4f" % (
        total, estimate_cost("gpt-4o-mini", total, 0)))
    if args.dry_run:
        return
    client = get_openai()
    with open(args.jsonl, "rb") as fd:
        uploaded = client.files.create(file=fd, purpose="batch")
    print("uploaded", uploaded.id)


if __name__ == "__main__":
    main()
