#!/usr/bin/env python3
"""Weekly LLM spend report from the llm_usage_logs table.

    python scripts/usage_report.py --db /var/lib/opsdroid/memory.db --days 7
"""
import argparse
import collections
import os
import sqlite3
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from skills.common.tokens import estimate_cost  # noqa: E402


def load(db_path, days):
    since = time.time() - days * 86400
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT feature_context, provider, model, input_tokens, output_tokens, success "
            "FROM llm_usage_logs WHERE created_at >= ?",
            (since,),
        ).fetchall()
    return rows


def summarise(rows):
    by_feature = collections.defaultdict(lambda: {"calls": 0, "in": 0, "out": 0, "cost": 0.0, "errors": 0})
    for feature, provider, model, tin, tout, ok in rows:
        bucket = by_feature[(feature, provider, model)]
        bucket["calls"] += 1
        bucket["in"] += tin or 0
        bucket["out"] += tout or 0
        bucket["cost"] += estimate_cost(model, tin or 0, tout or 0)
        bucket["errors"] += 0 if ok else 1
    return by_feature


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/var/lib/opsdroid/memory.db")
    parser.add_argument("--days", type=int, default=7)
    args = parser.parse_args()
    summary = summarise(load(args.db, args.days))
    total = 0.0
    print(f"{'feature':<20} {'provider':<10} {'model':<40} {'calls':>6} {'in':>9} {'out':>9} {'usd':>8}")
    for (feature, provider, model), b in sorted(summary.items(), key=lambda kv: -kv[1]["cost"]):
        total += b["cost"]
        print(f"{feature:<20} {provider:<10} {model:<40} {b['calls']:>6} {b['in']:>9} {b['out']:>9} {b['cost']:>8.2f}")
    print(f"total: ${total:.2f} over {args.days} days")


if __name__ == "__main__":
    main()
