#!/usr/bin/env python
"""Estimate what a month of dashboard usage costs, from the usage log."""
from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

from dashboard.llm.tokens import PRICES, CostEstimate, count_anthropic_tokens, count_openai_tokens


def from_log(path: Path) -> dict[str, float]:
    totals: dict[str, float] = collections.defaultdict(float)
    for line in path.read_text().splitlines():
        row = json.loads(line)
        est = CostEstimate(row["model"], row["input_tokens"], row["output_tokens"])
        totals[row["feature_context"]] += est.usd
    return dict(totals)


def prompt_sizes() -> None:
    from dashboard.llm.prompts import CHAT_SYSTEM, SQL_SYSTEM, SUMMARY_SYSTEM

    for name, text in [("sql", SQL_SYSTEM), ("summary", SUMMARY_SYSTEM), ("chat", CHAT_SYSTEM)]:
        print(name, "openai tokens:", count_openai_tokens(text))
    print("chat claude tokens:", count_anthropic_tokens(CHAT_SYSTEM, [{"role": "user", "content": "hi"}],
                                                        "claude-3-5-sonnet-20241022"))


if __name__ == "__main__":
    log_path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path.home() / ".analyst_dashboard" / "llm_usage.jsonl"
    for feature, usd in sorted(from_log(log_path).items(), key=lambda kv: -kv[1]):
        print(f"{feature:24s} ${usd:8.2f}")
    print("known models:", ", ".join(PRICES))
    if "--prompts" in sys.argv:
        prompt_sizes()
