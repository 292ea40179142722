#!/usr/bin/env python
"""Dump usage totals and recent AI edits to CSV."""
from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

from quillpad.cost import calculate_cost
from quillpad.history import HistoryStore
from quillpad.services.llm_usage_tracker import llm_tracker


def main(out_dir: Path, days: int = 30) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "usage.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["provider", "model", "input_tokens", "output_tokens", "usd"])
        for provider, model, tin, tout in llm_tracker.totals():
            w.writerow([provider, model, tin, tout, f"{calculate_cost(model, tin or 0, tout or 0):.4f}"])
    store = HistoryStore(Path.home() / ".local/share/Quillworks/Quillpad/history.sqlite3")
    with open(out_dir / "edits.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["ts", "action", "provider", "chars_before", "chars_after"])
        for e in store.generate(since=time.time() - days * 86400):
            w.writerow([e.ts, e.action, e.provider, len(e.before), len(e.after)])
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "usage_export"))
