#!/usr/bin/env python3
"""Summarise usage.jsonl written by llm_tracker into a CSV (per day, per
provider/model) with estimated cost."""

import csv
import os
import sys
from collections import defaultdict
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from ai_ext_common.llm_usage_tracker import llm_tracker  # noqa: E402
from ai_ext_common.tokens import estimate_cost  # noqa: E402


def summarise(rows):
    acc = defaultdict(lambda: [0, 0, 0, 0.0])
    for r in rows:
        day = datetime.fromtimestamp(r["started"]).date().isoformat()
        key = (day, r["provider"], r["model"], r["feature_context"])
        acc[key][0] += 1
        acc[key][1] += r.get("input_tokens", 0)
        acc[key][2] += r.get("output_tokens", 0)
        acc[key][3] += estimate_cost(r["model"], r.get("input_tokens", 0),
                                     r.get("output_tokens", 0))
    return acc


def main(out_path="usage.csv"):
    acc = summarise(llm_tracker.read_all())
    with open(out_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["day", "provider", "model", "feature", "calls",
                    "input_tokens", "output_tokens", "cost_usd"])
        for key in sorted(acc):
            calls, tin, tout, cost = acc[key]
            w.writerow([*key, calls, tin, tout, f"{cost:.4f}"])
    print(f"wrote {len(acc)} rows to {out_path}")


if __name__ == "__main__":
    main(*sys.argv[1:])
