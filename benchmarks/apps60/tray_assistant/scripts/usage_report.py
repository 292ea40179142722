#!/usr/bin/env python3
"""Summarise the local usage database (tokens and estimated cost per model)."""
from __future__ import annotations

import sqlite3
from collections import defaultdict

from tray import settings
from tray.llm.usage import estimate_cost


def main() -> None:
    db = settings.config_dir() / "usage.sqlite3"
    conn = sqlite3.connect(db)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for model, tin, tout in conn.execute("SELECT model, input_tokens, output_tokens FROM llm_usage_logs"):
        t = totals[model]
        t[0] += 1
        t[1] += tin or 0
        t[2] += tout or 0
    grand = 0.0
    for model, (n, tin, tout) in sorted(totals.items()):
        cost = estimate_cost(model, tin, tout)
        grand += cost
        print(f"{model:32s} calls={n:5d} in={tin:9d} out={tout:9d} ${cost:8.4f}")
    print(f"{'total':32s} ${grand:8.4f}")


if __name__ == "__main__":
    main()
