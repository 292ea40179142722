"""Aggregate ~/.nbcopilot/usage.jsonl into a CSV for FinOps."""
import argparse
import csv
import json
from collections import defaultdict

from nbcopilot.cost import estimate_cost
from nbcopilot.services.llm_usage_tracker import USAGE_LOG


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", default=str(USAGE_LOG))
    ap.add_argument("--out", default="usage_summary.csv")
    args = ap.parse_args()

    totals = defaultdict(lambda: {"calls": 0, "input_tokens": 0, "output_tokens": 0})
    with open(args.log) as fh:
        for line in fh:
            rec = json.loads(line)
            key = (rec["provider"], rec["model"], rec["feature_context"])
            t = totals[key]
            t["calls"] += 1
            t["input_tokens"] += rec["input_tokens"]
            t["output_tokens"] += rec["output_tokens"]

    with open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["provider", "model", "feature", "calls", "input_tokens", "output_tokens", "cost_usd"])
        for (prov, model, feat), t in sorted(totals.items()):
            cost = estimate_cost(model, t["input_tokens"], t["output_tokens"])
            w.writerow([prov, model, feat, t["calls"], t["input_tokens"], t["output_tokens"], f"{cost:.4f}"])
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
