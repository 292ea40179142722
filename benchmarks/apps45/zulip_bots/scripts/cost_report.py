#!/usr/bin/env python
"""Weekly cost report posted to #bot-ops, from the finops usage export (CSV)."""
from __future__ import annotations

import csv
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Dict, Iterable

import zulip

# USD per 1M tokens (input, output). Update when pricing changes.
PRICES = {
    "gpt-4o": (2.50, 10.00),
    "gpt-4o-mini": (0.15, 0.60),
    "claude-3-5-sonnet-20241022": (3.00, 15.00),
    "command-r-plus-08-2024": (2.50, 10.00),
    "sonar-pro": (3.00, 15.00),
    "anthropic.claude-3-haiku-20240307-v1:0": (0.25, 1.25),
}


def calculate_cost(model: str, input_tokens: int, output_tokens: int) -> float:
    pin, pout = PRICES.get(model, (0.0, 0.0))
    return (input_tokens * pin + output_tokens * pout) / 1_000_000


@dataclass
class Report:
    rows: Iterable[Dict[str, str]]
    by_feature: Dict[str, float] = field(default_factory=lambda: defaultdict(float))

    def generate(self) -> str:
        total = 0.0
        for row in self.rows:
            cost = calculate_cost(row["model"], int(row["input_tokens"]), int(row["output_tokens"]))
            self.by_feature[row["feature_context"]] += cost
            total += cost
        lines = [f"**LLM spend this week: ${total:,.2f}**", "", "| feature | USD |", "|---|---|"]
        for feat, usd in sorted(self.by_feature.items(), key=lambda kv: -kv[1]):
            lines.append(f"| {feat} | {usd:,.2f} |")
        return "\n".join(lines)


def main(path: str) -> None:
    with open(path) as fh:
        content = Report(list(csv.DictReader(fh))).generate()
    zulip.Client(config_file="~/.zuliprc").send_message(
        {"type": "stream", "to": "bot-ops", "topic": "weekly cost", "content": content}
    )


if __name__ == "__main__":
    main(sys.argv[1])
