#!/usr/bin/env python3
"""Pre-compute explanations for a deck export (CSV: front,back)."""
import csv
import sys

from ai_flashcards.core import config
from ai_flashcards.gen.explainer import explain_card


def main(path: str) -> None:
    config.set_override({"anthropic_model": "claude-3-5-haiku-20241022", "cache_ttl_days": 90})
    with open(path, newline="", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh)):
            if len(row) < 2:
                continue
            explain_card(row[0], row[1])
            if i % 20 == 0:
                print(f"{i} done", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
