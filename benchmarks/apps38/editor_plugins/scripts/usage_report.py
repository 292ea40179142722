#!/usr/bin/env python3
"""Summarise ~/.cache/ai-companion/usage.jsonl by feature and model."""
import argparse
import collections
import json
import os
import sys

sys.path.insert(0, os.path.abspath(os.path.join(os.path.dirname(__file__), "..")))

from core.costs import completion_cost  # noqa: E402
from core.llm_usage_tracker import DEFAULT_LOG  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", default=DEFAULT_LOG)
    ap.add_argument("--by", choices=["feature_context", "model", "provider"], default="feature_context")
    args = ap.parse_args(argv)
    totals = collections.defaultdict(lambda: [0, 0, 0.0, 0])
    with open(args.log, encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            t = totals[rec[args.by]]
            t[0] += rec["input_tokens"]
            t[1] += rec["output_tokens"]
            t[2] += rec.get("cost_usd") or completion_cost(rec["model"], rec["input_tokens"], rec["output_tokens"])
            t[3] += 1
    print("%-32s %8s %10s %10s %10s" % (args.by, "calls", "in", "out", "usd"))
    for key, (inp, out, usd, n) in sorted(totals.items(), key=lambda kv: -kv[1][2]):
        print("%-32s %8d %10d %10d %10.4f" % (key, n, inp, out, usd))
    return 0


if __name__ == "__main__":
    sys.exit(main())
