"""Weekly notebook spend report, from the platform's usage export (CSV).

No model calls here: reads the export and prints a table per notebook.
"""
from __future__ import annotations

import argparse
import csv
from collections import defaultdict
from pathlib import Path

from nbutils.costs import calculate_cost


def load_usage(path: Path) -> list[dict]:
    with path.open() as fh:
        return list(csv.DictReader(fh))


def summarise(rows: list[dict]) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = defaultdict(lambda: {"calls": 0, "usd": 0.0, "tokens": 0})
    for r in rows:
        key = r.get("feature_context") or "unknown"
        tin, tout = int(r["input_tokens"]), int(r["output_tokens"])
        out[key]["calls"] += 1
        out[key]["tokens"] += tin + tout
        out[key]["usd"] += calculate_cost(r["model"], tin, tout)
    return dict(out)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("export", type=Path)
    ap.add_argument("--top", type=int, default=20)
    args = ap.parse_args()
    summary = summarise(load_usage(args.export))
    ranked = sorted(summary.items(), key=lambda kv: kv[1]["usd"], reverse=True)[: args.top]
    print(f"{'feature':40} {'calls':>8} {'tokens':>12} {'usd':>10}")
    for name, s in ranked:
        print(f"{name:40} {int(s['calls']):>8} {int(s['tokens']):>12} {s['usd']:>10.2f}")
    untracked = summary.get("unknown")
    if untracked:
        print(f"\n{int(untracked['calls'])} calls without feature_context - tag your notebooks!")


if __name__ == "__main__":
    main()
