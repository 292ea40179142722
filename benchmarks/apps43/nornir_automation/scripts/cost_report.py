#!/usr/bin/env python
"""Rough monthly cost estimate from our request log (jsonl)."""
from __future__ import annotations

import json
import sys
from collections import defaultdict

import tiktoken

PRICES_PER_MTOK = {
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.0, 15.0),
    "mistral-large-latest": (2.0, 6.0),
    "ibm/granite-3-8b-instruct": (0.2, 0.2),
}


def count_tokens(text: str, model: str = "gpt-4o-mini") -> int:
    try:
        enc = tiktoken.encoding_for_model(model)
    except KeyError:
        enc = tiktoken.get_encoding("o200k_base")
    return len(enc.encode(text))


def calculate_cost(model: str, prompt_tokens: int, completion_tokens: int) -> float:
    pin, pout = PRICES_PER_MTOK.get(model, (1.0, 1.0))
    return (prompt_tokens * pin + completion_tokens * pout) / 1_000_000


def main(path: str) -> None:
    totals: dict[str, float] = defaultdict(float)
    with open(path) as fh:
        for line in fh:
            rec = json.loads(line)
            pt = rec.get("prompt_tokens") or count_tokens(rec.get("prompt", ""), rec["model"])
            ct = rec.get("completion_tokens") or count_tokens(rec.get("completion", ""), rec["model"])
            totals[rec["model"]] += calculate_cost(rec["model"], pt, ct)
    for model, cost in sorted(totals.items(), key=lambda kv: -kv[1]):
        print(f"{model:40s} ${cost:,.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
