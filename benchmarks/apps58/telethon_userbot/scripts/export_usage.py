"""Dump the usage table to CSV with estimated cost. No API calls."""
from __future__ import annotations

import csv
import sqlite3
import sys

from config import settings
from core.tokens import calculate_cost


def main(out: str = "usage.csv") -> None:
    db = sqlite3.connect(settings.db_path)
    rows = db.execute(
        "SELECT ts, provider, model, feature_context, input_tokens, output_tokens, latency_ms, success"
        " FROM llm_usage_logs ORDER BY ts"
    ).fetchall()
    with open(out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ts", "provider", "model", "feature", "in", "out", "latency_ms", "ok", "usd"])
        for ts, prov, model, feat, tin, tout, lat, ok in rows:
            w.writerow([ts, prov, model, feat, tin, tout, lat, ok, f"{calculate_cost(model, tin, tout):.6f}"])
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main(*sys.argv[1:])
