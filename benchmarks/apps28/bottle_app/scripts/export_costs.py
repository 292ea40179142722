#!/usr/bin/env python
"""Export the llm_usage_logs table with estimated costs, for FinOps."""

from __future__ import annotations

import argparse
import csv
import sqlite3
import sys
from collections import defaultdict

from hrassist.services.costs import estimate_cost, monthly_projection


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", default="var/policypal.sqlite3")
    ap.add_argument("--out", default="llm_costs.csv")
    ap.add_argument("--since", default="1970-01-01")
    args = ap.parse_args(argv)

    conn = sqlite3.connect(args.db)
    conn.row_factory = sqlite3.Row
    rows = [
        dict(r)
        for r in conn.execute("SELECT * FROM llm_usage_logs WHERE created_at >= ?", (args.since,))
    ]
    by_feature = defaultdict(float)
    with open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["created_at", "provider", "model", "feature", "input_tokens", "output_tokens", "cost_usd"])
        for r in rows:
            cost = estimate_cost(r["provider"], r["model"], r["input_tokens"], r["output_tokens"])
            by_feature[r["feature"]] += cost
            w.writerow([r["created_at"], r["provider"], r["model"], r["feature"],
                        r["input_tokens"], r["output_tokens"], f"{cost:.6f}"])
    for feature, total in sorted(by_feature.items(), key=lambda kv: -kv[1]):
        print(f"{feature:30s} ${total:10.4f}")
    print("30-day projection:", monthly_projection(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
