#!/usr/bin/env python
"""Export the local usage table as CSV with cost estimates."""
import csv
import sqlite3
import sys

from tutor.services.costs import calculate_cost


def main(db_path, out_path):
    conn = sqlite3.connect(db_path)
    rows = conn.execute("SELECT provider, model, feature, tin, tout, ts FROM usage ORDER BY ts").fetchall()
    with open(out_path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["provider", "model", "feature", "input_tokens", "output_tokens", "ts", "usd"])
        for provider, model, feature, tin, tout, ts in rows:
            w.writerow([provider, model, feature, tin, tout, ts, f"{calculate_cost(model, tin, tout):.6f}"])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
