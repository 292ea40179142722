#!/usr/bin/env python
"""Nightly: read yesterday's run JSONs and post a digest to Slack."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import requests

from qa_agent.legacy.gpt_helper import ask_gpt
from qa_agent.reporting.costs import calculate_cost


def load_runs(root: Path) -> list[dict]:
    runs = []
    for p in sorted(root.glob("*/report.json")):
        runs.append({"run": p.parent.name, **json.loads(p.read_text())})
    return runs


def main() -> int:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "artifacts")
    runs = load_runs(root)
    if not runs:
        print("no runs")
        return 0
    bugs = [b for r in runs for b in r["bugs"]]
    digest = ask_gpt(f"Write a 5-line Slack digest of these QA findings:\n{json.dumps(bugs)[:10000]}")
    usage_file = root / "llm_usage.jsonl"
    spent = 0.0
    if usage_file.exists():
        for line in usage_file.read_text().splitlines():
            rec = json.loads(line)
            spent += calculate_cost(rec["model"], rec["input_tokens"], rec["output_tokens"])
    requests.post(
        os.environ["SLACK_WEBHOOK_URL"],
        json={"text": f"{digest}\n_LLM spend: ${spent:.2f}_"},
        timeout=10,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
