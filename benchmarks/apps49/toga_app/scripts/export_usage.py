#!/usr/bin/env python
"""Print usage totals per model as CSV (for the monthly finance report)."""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from minutes_mate.services.costs import estimate_cost  # noqa: E402
from minutes_mate.storage.db import UsageStore  # noqa: E402


def main() -> None:
    writer = csv.writer(sys.stdout)
    writer.writerow(["model", "input_tokens", "output_tokens", "recorded_cost", "list_price_cost"])
    for model, tin, tout, cost in UsageStore.default().totals_by_model():
        writer.writerow([model, tin, tout, f"{cost:.4f}", f"{estimate_cost(model, tin or 0, tout or 0):.4f}"])


if __name__ == "__main__":
    main()
