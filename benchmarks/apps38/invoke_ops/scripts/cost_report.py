#!/usr/bin/env python
"""Summarise llm_usage.jsonl into per-feature cost (reads the tracker's log)."""
from __future__ import annotations

import collections
import json
import sys

from opslib.cost import estimate


def main(path: str) -> int:
    totals: dict[str, float] = collections.defaultdict(float)
    calls: collections.Counter = collections.Counter()
    with open(path) as fh:
        for line in fh:
            row = json.loads(line)
            totals[row["feature_context"]] += estimate(row["model"], row["input_tokens"], row["output_tokens"])
            calls[row["feature_context"]] += 1
    for feature, usd in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{feature:30} {calls[feature]:6} calls  ${usd:9.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "/var/log/ops/llm_usage.jsonl"))
