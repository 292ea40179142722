#!/usr/bin/env python3
"""Print tracked usage per feature for the last N days."""
import argparse
import sqlite3
import time

from menubar.llm.budget import calculate_cost
from menubar.services.llm_usage_tracker import DB_PATH


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()
    since = time.time() - args.days * 86400
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(
        "SELECT feature, model, SUM(input_tokens), SUM(output_tokens), COUNT(*) FROM llm_usage_logs"
        " WHERE created_at >= ? GROUP BY feature, model ORDER BY feature",
        (since,),
    ).fetchall()
    total = 0.0
    for feature, model, tin, tout, n in rows:
        cost = calculate_cost(model, tin or 0, tout or 0)
        total += cost
        print(f"{feature:<20} {model:<28} {n:>5} calls {tin:>9} in {tout:>9} out  ${cost:.4f}")
    print(f"{'':<20} {'total':<28} ${total:.4f}")


if __name__ == "__main__":
    main()
