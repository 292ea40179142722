#!/usr/bin/env python3
"""Dump the local usage table to CSV with estimated costs."""
import csv
import sys

from ai_flashcards.core.costs import calculate_cost
from ai_flashcards.core.llm_usage_tracker import LLMUsageTracker


def main(db_path: str, out_path: str) -> None:
    tracker = LLMUsageTracker(db_path)
    with open(out_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["provider", "model", "input_tokens", "output_tokens", "calls", "usd"])
        for provider, model, tin, tout, n in tracker.totals():
            w.writerow([provider, model, tin, tout, n, round(calculate_cost(model, tin, tout), 4)])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
