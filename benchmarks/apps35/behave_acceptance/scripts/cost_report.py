#!/usr/bin/env python
"""Prints what the last acceptance run cost, from the tracker's JSON dump."""
from __future__ import annotations

import json
import sys
from collections import defaultdict

from app.services.llm_usage_tracker import PRICE_PER_MTOK, calculate_cost


def main(path: str) -> None:
    totals = defaultdict(float)
    with open(path) as fh:
        for line in fh:
            row = json.loads(line)
            totals[row["model"]] += calculate_cost(row["model"], row["input_tokens"], row["output_tokens"])
    for model, usd in sorted(totals.items(), key=lambda kv: -kv[1]):
        known = "" if model in PRICE_PER_MTOK else " (unpriced)"
        print(f"{model:40s} ${usd:8.4f}{known}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "reports/usage.jsonl")
