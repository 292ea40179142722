#!/usr/bin/env python
"""Summarise data/llm_usage.jsonl by feature and model."""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from bot.llm.tokens import estimate_cost


def main(path: str = "data/llm_usage.jsonl") -> None:
    by_key: dict[tuple[str, str], list[int]] = collections.defaultdict(lambda: [0, 0, 0])
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        acc = by_key[(row["feature_context"], row["model"])]
        acc[0] += 1
        acc[1] += row["input_tokens"]
        acc[2] += row["output_tokens"]
    print(f"{'feature':<14} {'model':<32} {'calls':>6} {'in':>9} {'out':>9} {'usd':>9}")
    for (feature, model), (n, tin, tout) in sorted(by_key.items()):
        print(f"{feature:<14} {model:<32} {n:>6} {tin:>9} {tout:>9} {estimate_cost(model, tin, tout):>9.4f}")


if __name__ == "__main__":
    main(*sys.argv[1:])
