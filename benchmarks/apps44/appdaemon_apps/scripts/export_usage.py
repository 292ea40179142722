#!/usr/bin/env python3
"""Dump the finops gateway's usage rows for the house to CSV (for the monthly bill split)."""
import csv
import os
import sys

import httpx

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "apps"))

from lib.costs import calculate_cost  # noqa: E402
from lib.settings import LLM_GATEWAY_URL  # noqa: E402


def main(month, out="usage.csv"):
    resp = httpx.get(f"{LLM_GATEWAY_URL}/usage", params={"month": month, "tenant": "home"}, timeout=30)
    resp.raise_for_status()
    rows = resp.json()["items"]
    with open(out, "w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["ts", "feature", "provider", "model", "in", "out", "usd"])
        for r in rows:
            writer.writerow([r["ts"], r["feature_context"], r["provider"], r["model"], r["input_tokens"],
                             r["output_tokens"], calculate_cost(r["model"], r["input_tokens"], r["output_tokens"])])
    print(f"{len(rows)} rows -> {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "2024-12")
