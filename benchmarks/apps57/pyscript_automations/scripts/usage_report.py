#!/usr/bin/env python3
"""Print LLM spend per feature from /config/llm_usage.db (written by llm_usage_tracker)."""
import argparse
import sqlite3
import sys
import time

sys.path.insert(0, "pyscript/modules")
from llm_usage_tracker import PRICES, calculate_cost  # noqa: E402


def report(db_path, days):
    since = time.time() - days * 86400
    conn = sqlite3.connect(db_path)
    rows = conn.execute(
        "SELECT feature, model, SUM(input_tokens), SUM(output_tokens), COUNT(*) FROM llm_usage "
        "WHERE ts >= ? GROUP BY feature, model ORDER BY feature",
        (since,),
    ).fetchall()
    conn.close()
    total = 0.0
    print(f"{'feature':20s} {'model':28s} {'calls':>6s} {'in':>9s} {'out':>9s} {'usd':>8s}")
    for feature, model, tin, tout, calls in rows:
        cost = calculate_cost(model, tin or 0, tout or 0)
        total += cost
        flag = "" if model in PRICES else " (no price)"
        print(f"{feature:20s} {model:28s} {calls:6d} {tin or 0:9d} {tout or 0:9d} {cost:8.4f}{flag}")
    print(f"total: ${total:.4f} over {days} days")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/config/llm_usage.db")
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    report(args.db, args.days)
