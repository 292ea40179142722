#!/usr/bin/env python3
"""Summarise usage.jsonl from the GIMP profile by model and feature."""
import argparse
import collections
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "plug-ins"))

from ai_common.llm_usage_tracker import LLMUsageTracker  # noqa: E402
from ai_common.pricing import estimate_cost, format_cost  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--file", help="usage.jsonl (default: profile)")
    args = parser.parse_args()
    tracker = LLMUsageTracker(path=args.file)
    by_key = collections.defaultdict(lambda: [0, 0, 0, 0.0])
    for row in tracker.read_all():
        key = (row["model"], row["feature_context"])
        agg = by_key[key]
        agg[0] += 1
        agg[1] += row.get("input_tokens", 0)
        agg[2] += row.get("output_tokens", 0)
        agg[3] += estimate_cost(row["model"], row.get("input_tokens", 0), row.get("output_tokens", 0),
                                row.get("images", 0))
    total = 0.0
    for (model, feature), (calls, tin, tout, cost) in sorted(by_key.items()):
        total += cost
        print("%-28s %-22s %5d calls %9d in %8d out %10s" % (model, feature, calls, tin, tout, format_cost(cost)))
    print("total", format_cost(total))


if __name__ == "__main__":
    main()
